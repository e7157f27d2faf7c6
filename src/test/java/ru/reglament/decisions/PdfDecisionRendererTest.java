package ru.reglament.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.reglament.decisions.internal.PdfDecisionRenderer;

class PdfDecisionRendererTest {

    private static final String ORGANISATION = "Администрация муниципального образования «Город Светлогорск»";
    private static final String SERVICE = "Выдача разрешения на использование земель или земельного участка, "
            + "находящихся в государственной или муниципальной собственности";
    private static final String APPLICANT = "Петрова Анна Сергеевна";
    private static final String PORTAL_NUMBER = "3845127790";
    private static final String GROUND_1 = "Представленные документы утратили силу на момент обращения за услугой";
    private static final String GROUND_2 = "Заявление подано в орган, в полномочия которого не входит предоставление услуги";
    private static final String EXPLANATION = "Срок действия представленной доверенности истек 15.02.2026.\n"
            + "Необходимо приложить действующую доверенность.";
    private static final String EXTRA_INFO = "Консультацию можно получить по телефону +7 (40153) 2-11-00.";

    private static final java.time.ZoneId MOSCOW = java.time.ZoneId.of("Europe/Moscow");
    private static final SignatureStamp STAMP = new SignatureStamp("Соколов Андрей Николаевич",
            "Заместитель главы администрации", "Соколов Андрей Николаевич", "01F3A9C4D2", "Тестовый УЦ",
            java.time.Instant.parse("2026-01-10T09:00:00Z"), java.time.Instant.parse("2027-01-10T09:00:00Z"),
            java.time.Instant.parse("2026-03-16T07:45:00Z"), false);

    private static PdfDecisionRenderer renderer;

    @BeforeAll
    static void createRenderer() {
        renderer = new PdfDecisionRenderer(new ru.reglament.printing.HtmlToPdf(), MOSCOW);
    }

    @Test
    void everyFontOfEveryRenditionIsEmbedded() throws IOException {
        var model = model(DecisionKind.REFUSAL, "10000000101", "0417/2026", List.of(GROUND_1), EXPLANATION, EXTRA_INFO);
        byte[] original = renderer.renderPdf(model);
        assertFontsEmbedded(original);
        assertFontsEmbedded(renderer.markAsDraft(original));
        assertFontsEmbedded(renderer.renderSigned(model, STAMP));
        assertFontsEmbedded(renderer.appendSignatureSheet(original, DecisionKind.REFUSAL, "0417/2026", "ab".repeat(32), STAMP));
    }

    @Test
    void theDraftIsMarkedAndCarriesNoStampWhileTheSignedCopyShowsTheSignature() throws IOException {
        var model = model(DecisionKind.GRANT, "10000000101", "0417/2026", List.of(), null, EXTRA_INFO);
        byte[] original = renderer.renderPdf(model);

        assertThat(text(original)).contains("Глава администрации")
                .doesNotContain("ПРОЕКТ", "ДОКУМЕНТ ПОДПИСАН", "Соколов");
        String draft = text(renderer.markAsDraft(original));
        assertThat(draft).contains("ПРОЕКТ РЕШЕНИЯ — НЕ ПОДПИСАН", "Решение о предоставлении услуги")
                .doesNotContain("ДОКУМЕНТ ПОДПИСАН");

        String signed = text(renderer.renderSigned(model, STAMP));
        assertThat(signed).doesNotContain("ПРОЕКТ")
                .contains("Заместитель главы администрации", "А.Н. Соколов",
                        "ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ", "Сертификат: 01F3A9C4D2",
                        "Владелец: Соколов Андрей Николаевич", "Действителен с 10.01.2026 по 10.01.2027",
                        // 07:45 UTC is 10:45 in Moscow, where the platform runs.
                        "Подписан: 16.03.2026 10:45")
                .doesNotContain("Тестовая подпись");
        var test = new SignatureStamp(STAMP.signerName(), null, STAMP.certificateOwner(), STAMP.certificateSerial(),
                STAMP.certificateIssuer(), STAMP.validFrom(), STAMP.validTo(), STAMP.signedAt(), true);
        assertThat(text(renderer.renderSigned(model, test)))
                .contains("Тестовая подпись, юридической силы не имеет", "Глава администрации");
    }

    @Test
    void anUploadedDocumentGetsASignatureSheetAfterItsPages() throws IOException {
        byte[] uploaded = renderer.renderPdf(model(DecisionKind.GRANT, "10000000101", "0417/2026", List.of(), null, null));
        String sha = "0123456789abcdef".repeat(4);
        byte[] signed = renderer.appendSignatureSheet(uploaded, DecisionKind.GRANT, "0417/2026", sha, STAMP);
        try (PDDocument document = Loader.loadPDF(signed)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(2);
            assertThat(lastPage.getText(document).replaceAll("[\\s\\u00A0]+", " "))
                    .contains("Лист подписания электронной подписью", "Решение о предоставлении услуги № 0417/2026",
                            "Заместитель главы администрации", "А.Н. Соколов", "Сертификат: 01F3A9C4D2");
        }
        assertThat(text(signed).replace(" ", "")).contains(sha);
    }

    private static void assertFontsEmbedded(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    org.apache.pdfbox.pdmodel.font.PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as(font.getName() + " is embedded").isTrue();
                }
            }
            assertThat(fonts).isNotEmpty();
        }
    }

    @Test
    void specialistGrantsServiceAndApplicantReadsDecisionInRussian() throws IOException {
        var model = model(DecisionKind.GRANT, "10000000101", "0417/2026", List.of(), null, EXTRA_INFO);

        byte[] pdf = renderer.renderPdf(model);
        String text = text(pdf);

        assertThat(pdf).startsWith("%PDF-".getBytes());
        assertThat(text)
                .contains(ORGANISATION, "ул. Калининградский проспект, д. 1", "+7 (40153) 2-11-00", "adm@svetlogorsk.example")
                .contains("Решение о предоставлении услуги")
                .contains("№ 0417/2026 от 16.03.2026")
                .contains("Заявитель: " + APPLICANT)
                .contains("Услуга: " + SERVICE)
                .contains("Номер заявления на ЕПГУ: " + PORTAL_NUMBER)
                .contains("Регистрационный номер: 0417/2026")
                .contains("Дата подачи: 02.03.2026")
                .contains("принято решение о предоставлении услуги")
                .contains("Дополнительная информация", EXTRA_INFO)
                .contains("Глава администрации")
                .doesNotContain("Основания для отказа", "Разъяснение причин отказа")
                .doesNotContain("#");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Решение о предоставлении услуги № 0417/2026 от 16.03.2026");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo(ORGANISATION);
        }
    }

    @Test
    void refusalListsGroundsExplanationAndExtraInformation() throws IOException {
        var model = model(DecisionKind.REFUSAL, "10000000101", "0417/2026",
                List.of(GROUND_1, GROUND_2), EXPLANATION, EXTRA_INFO);

        String text = text(renderer.renderPdf(model));

        assertThat(text)
                .contains(ORGANISATION, APPLICANT, SERVICE, PORTAL_NUMBER)
                .contains("Решение об отказе в предоставлении услуги")
                .contains("№ 0417/2026 от 16.03.2026")
                .contains("принято решение об отказе в предоставлении услуги")
                .contains("Основания для отказа:", "1. " + GROUND_1, "2. " + GROUND_2)
                .contains("Разъяснение причин отказа:",
                        "Срок действия представленной доверенности истек 15.02.2026.",
                        "Необходимо приложить действующую доверенность.")
                .contains("Дополнительная информация:", EXTRA_INFO)
                .doesNotContain("#");
    }

    @Test
    void registrarRefusesAcceptanceBeforeRegistrationUnderThePortalNumber() throws IOException {
        var model = model(DecisionKind.ACCEPTANCE_REFUSAL, "10000000101", null, List.of(GROUND_1), null, null);

        String text = text(renderer.renderPdf(model));

        assertThat(text)
                .contains("Решение об отказе в приеме документов")
                .contains("№ " + PORTAL_NUMBER + " от 16.03.2026")
                .contains("принято решение об отказе в приеме документов")
                .contains("Основания для отказа:", GROUND_1)
                .contains(APPLICANT, SERVICE, ORGANISATION)
                .doesNotContain("Регистрационный номер", "Разъяснение причин отказа", "Дополнительная информация")
                .doesNotContain("#");
    }

    @Test
    void serviceWithItsOwnTemplateGetsItsOwnWording() throws IOException {
        var own = model(DecisionKind.GRANT, "TEST-SERVICE", "0418/2026", List.of(), null, null);
        var otherKind = model(DecisionKind.REFUSAL, "TEST-SERVICE", "0418/2026", List.of(GROUND_1), null, null);

        String ownText = text(renderer.renderPdf(own));
        String fallbackText = text(renderer.renderPdf(otherKind));

        assertThat(ownText)
                .contains("Выдать заявителю " + APPLICANT, "особая форма услуги")
                .contains(ORGANISATION)
                .doesNotContain("принято решение о предоставлении услуги")
                .doesNotContain("#");
        assertThat(fallbackText).contains("принято решение об отказе в предоставлении услуги");
    }

    @Test
    void overrideWithoutAnyStylesStillPrintsCyrillic() throws IOException {
        var model = model(DecisionKind.ACCEPTANCE_REFUSAL, "TEST-SERVICE", null, List.of(GROUND_1), null, null);

        byte[] pdf = renderer.renderPdf(model);

        assertThat(text(pdf)).contains("Отказать в приеме документов заявителю " + APPLICANT).doesNotContain("#");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var page = document.getPage(0).getMediaBox();
            assertThat(Math.round(page.getWidth() / 72 * 25.4)).isEqualTo(210);
            assertThat(Math.round(page.getHeight() / 72 * 25.4)).isEqualTo(297);
        }
    }

    @Test
    void serviceCodeThatIsNotAFolderNameFallsBackToTheDefaultTemplate() throws IOException {
        var model = model(DecisionKind.GRANT, "../TEST-SERVICE", "0419/2026", List.of(), null, null);

        assertThat(text(renderer.renderPdf(model))).contains("принято решение о предоставлении услуги");
    }

    @Test
    void markupTypedByApplicantIsPrintedLiterally() throws IOException {
        String name = "ООО «Рога & Копыта» <script>alert('x')</script>";
        String explanation = "Поле \"ИНН\" < 10 знаков & не проходит проверку\fконтрольного числа";
        var model = new DecisionDocumentModel(DecisionKind.REFUSAL, "10000000101", SERVICE,
                ORGANISATION + " & <b>партнеры</b>", null, null, null,
                name, "<img src=x>", PORTAL_NUMBER, null,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16),
                List.of("Основание <i>курсивом</i> & с амперсандом"), explanation, null, null);

        String text = text(renderer.renderPdf(model));

        assertThat(text)
                .contains("ООО «Рога & Копыта» <script>alert('x')</script>")
                .contains(ORGANISATION + " & <b>партнеры</b>")
                .contains("<img src=x>")
                .contains("Основание <i>курсивом</i> & с амперсандом")
                // The form feed cannot exist in XML and is dropped rather than failing the document.
                .contains("Поле \"ИНН\" < 10 знаков & не проходит проверкуконтрольного числа")
                .contains("Должностное лицо")
                .doesNotContain("&amp;", "&lt;", "#");
    }

    @Test
    void refusalWithoutGroundsIsNotADocument() {
        assertThatThrownBy(() -> model(DecisionKind.REFUSAL, "10000000101", null, List.of(" "), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ground");
    }

    @Test
    void manyOfficialsRenderAtOnceInTensOfMilliseconds() throws Exception {
        var refusal = model(DecisionKind.REFUSAL, "10000000101", "0417/2026",
                List.of(GROUND_1, GROUND_2), EXPLANATION, EXTRA_INFO);
        for (int i = 0; i < 100; i++) {
            renderer.renderPdf(refusal);
        }

        int runs = 100;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            renderer.renderPdf(refusal);
        }
        double averageMillis = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("Decision PDF rendering after warm-up: %.1f ms on average%n", averageMillis);
        // Generous bound so a loaded CI machine does not fail; the printed figure is the measurement.
        assertThat(averageMillis).isLessThan(250);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String applicant = "Заявитель номер " + i;
                DecisionKind kind = DecisionKind.values()[i % 3];
                var model = new DecisionDocumentModel(kind, "10000000101", SERVICE, ORGANISATION,
                        null, null, null, applicant, null, "77" + i, null,
                        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16),
                        List.of(GROUND_1), null, null, null);
                results.add(pool.submit(() -> text(renderer.renderPdf(model))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get())
                        .contains("Заявитель номер " + i + " ", DecisionKind.values()[i % 3].title())
                        .doesNotContain("#");
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Leaves one of each kind in target/decisions/ for a person to look at. */
    @Test
    void samplesAreSavedForAPersonToLookAt() throws IOException {
        Path folder = Path.of("target", "decisions");
        Files.createDirectories(folder);
        for (DecisionKind kind : DecisionKind.values()) {
            var model = model(kind, "10000000101", kind == DecisionKind.ACCEPTANCE_REFUSAL ? null : "0417/2026",
                    kind.isRefusal() ? List.of(GROUND_1, GROUND_2) : List.of(),
                    kind.isRefusal() ? EXPLANATION : null, EXTRA_INFO);
            Path file = folder.resolve("sample-" + kind.code() + ".pdf");
            Files.write(file, renderer.renderPdf(model));
            assertThat(file).isNotEmptyFile();
            Path signed = folder.resolve("sample-" + kind.code() + "-signed.pdf");
            Files.write(signed, renderer.renderSigned(model, STAMP));
            Files.write(folder.resolve("sample-" + kind.code() + "-draft.pdf"), renderer.markAsDraft(renderer.renderPdf(model)));
        }
    }

    private static DecisionDocumentModel model(DecisionKind kind, String serviceCode, String registrationNumber,
            List<String> grounds, String explanation, String extraInfo) {
        return new DecisionDocumentModel(kind, serviceCode, SERVICE, ORGANISATION,
                "238560, Калининградская обл., г. Светлогорск, ул. Калининградский проспект, д. 1",
                "+7 (40153) 2-11-00", "adm@svetlogorsk.example",
                APPLICANT, "238560, Калининградская обл., г. Светлогорск, ул. Октябрьская, д. 5, кв. 12",
                PORTAL_NUMBER, registrationNumber,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16),
                grounds, explanation, extraInfo, "Глава администрации");
    }

    /** The text a reader sees, with line wrapping undone so phrases can be matched whole. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0]+", " ");
        }
    }
}
