package ru.reglament.directory.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import ru.reglament.shared.InputPolicy;
import ru.reglament.shared.InvalidIdentifierException;
import ru.reglament.shared.Ogrn;
import ru.reglament.shared.Violations;

/**
 * The ЕСНСИ donor table (seed 001, «Инструкция 1»): one line per organisation and service it provides,
 * columns CODE (ОГРН), SERVICE_CODE, TITLE, SHORT_TITLE, ADDRESS, SCHEDULE, PHONE, EMAIL. Reads UTF-8
 * or windows-1251, separated by {@code ;} or {@code ,}; every broken rule is reported with its line and column.
 */
final class DonorTableCsv {

    static final List<String> COLUMNS = List.of("CODE", "SERVICE_CODE", "TITLE", "SHORT_TITLE", "ADDRESS", "SCHEDULE",
            "PHONE", "EMAIL");
    private static final Map<String, Integer> MAX_LENGTH = Map.of("CODE", 20, "SERVICE_CODE", 50, "TITLE", 1000,
            "SHORT_TITLE", 500, "ADDRESS", 1000, "SCHEDULE", 1000, "PHONE", 100, "EMAIL", 254);
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s;,]+@[^@\\s;,]+\\.[^@\\s;,]+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()\\-,доб.]{5,50}$");

    record Line(int number, String ogrn, String serviceCode, String title, String shortTitle, String address,
            String schedule, String phone, String email) {
    }

    private DonorTableCsv() {
    }

    static List<Line> parse(byte[] content, Predicate<String> knownService, Violations violations) {
        String text = decode(content);
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') >= count(firstLine, ',') && count(firstLine, ';') > 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> missing = COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
            if (text.isBlank() || !missing.isEmpty()) {
                for (String column : missing) {
                    violations.add(where(1, column), "column.missing", "В заголовке нет столбца " + column);
                }
                return lines;
            }
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    violations.add(where(number, "*"), "line.columns",
                            "В строке " + record.size() + " значений, а в заголовке " + header.size());
                    continue;
                }
                Line line = new Line(number, value(record, "CODE", violations), value(record, "SERVICE_CODE", violations),
                        value(record, "TITLE", violations), value(record, "SHORT_TITLE", violations),
                        value(record, "ADDRESS", violations), value(record, "SCHEDULE", violations),
                        value(record, "PHONE", violations), value(record, "EMAIL", violations));
                check(line, knownService, violations);
                lines.add(line);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            violations.add(where(1, "*"), "csv.format", "Файл не разобран как CSV: " + e.getMessage());
        }
        if (lines.isEmpty() && violations.isEmpty()) violations.add(where(2, "*"), "lines.none", "В файле нет строк данных");
        return lines;
    }

    private static void check(Line line, Predicate<String> knownService, Violations v) {
        if (line.ogrn() == null) {
            v.add(where(line.number(), "CODE"), "required", "Не заполнен ОГРН организации");
        } else {
            try {
                Ogrn.of(line.ogrn());
            } catch (InvalidIdentifierException e) {
                v.add(where(line.number(), "CODE"), e.rule(), e.getMessage());
            }
        }
        if (line.serviceCode() == null) {
            v.add(where(line.number(), "SERVICE_CODE"), "required", "Не заполнен код услуги");
        } else if (!knownService.test(line.serviceCode())) {
            v.add(where(line.number(), "SERVICE_CODE"), "service.unknown", "Услуга с кодом " + line.serviceCode()
                    + " не найдена в реестре услуг платформы");
        }
        if (line.title() == null) v.add(where(line.number(), "TITLE"), "required", "Не заполнено наименование организации");
        if (line.email() != null && !EMAIL.matcher(line.email()).matches()) {
            v.add(where(line.number(), "EMAIL"), "email.format", "Адрес электронной почты указан неверно: " + line.email());
        }
        if (line.phone() != null && !PHONE.matcher(line.phone()).matches()) {
            v.add(where(line.number(), "PHONE"), "phone.format", "Телефон указан неверно: " + line.phone());
        }
    }

    static String where(int line, String column) {
        return "line " + line + ": " + column;
    }

    static byte[] write(List<Line> lines) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator("\r\n").get())) {
            for (Line l : lines) {
                printer.printRecord(l.ogrn(), l.serviceCode(), l.title(), l.shortTitle(), l.address(), l.schedule(),
                        l.phone(), l.email());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String decode(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return new String(content, WINDOWS_1251);
        }
    }

    /** The cell's text once it passes the platform's text policy; the longest each column's field holds. */
    private static String value(CSVRecord record, String column, Violations violations) {
        String value = record.get(column);
        if (value == null || value.isBlank()) return null;
        InputPolicy.text(where((int) record.getRecordNumber() + 1, column), value, MAX_LENGTH.get(column), false, violations);
        return value.trim();
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
