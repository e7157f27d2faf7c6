package ru.reglament.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 14's figures: intake with two 1 MB documents per application (applications/s), and the
 * export of a case holding 2 GB of documents (its time, and how far the heap's occupancy after each
 * collection rose above idle while it ran, read from the platform's GC log: the live data, not the
 * garbage a young generation collects).
 */
final class FilesBench {

    private static final long MB = 1024 * 1024;
    private static final Pattern GC_LINE = Pattern.compile("\\[(\\d+\\.\\d+)s\\].*Pause.* (\\d+)M->(\\d+)M\\(");

    private final int port;
    private final String password;
    private final Path gcLog;
    private final HttpClient http = HttpClient.newHttpClient();

    FilesBench(int port, String password, Path gcLog) {
        this.port = port;
        this.password = password;
        this.gcLog = gcLog;
    }

    void measure(Map<String, String> results, IntFunction<String> intakeJson, long appPid, int applications, int clients)
            throws Exception {
        // Intake with documents, after a warm-up of a fifth as many.
        intake(applications / 5, clients, intakeJson);
        long start = System.nanoTime();
        int errors = intake(applications, clients, intakeJson);
        long elapsed = System.nanoTime() - start;
        results.put("intake with two 1 MB documents", String.format(Locale.ROOT,
                "%,.0f applications/s (%d in %.1f s, %d errors)", applications * 1e9 / elapsed, applications, elapsed / 1e9,
                errors));

        // A case with 41 documents of 50 MB (the document limit): 2 GB.
        long id = firstNumber(post("portal", "/api/v1/applications", "application/json",
                HttpRequest.BodyPublishers.ofString(intakeJson.apply(0)), 201), "id");
        for (int i = 0; i < 41; i++) {
            document(id, i, 50 * MB);
        }
        // A full collection first: what it leaves is the idle occupancy.
        new ProcessBuilder("jcmd", String.valueOf(appPid), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        Thread.sleep(1000);
        double before = seconds();
        long t = System.nanoTime();
        String export = post("registrar", "/api/v1/applications/" + id + "/exports", "application/json",
                HttpRequest.BodyPublishers.ofString(""), 201);
        long exportNanos = System.nanoTime() - t;
        double after = seconds();
        long size = firstNumber(export, "size");
        long[] heap = heapAfterCollections(before, after);
        results.put("export of a 2 GB case", String.format(Locale.ROOT,
                "%.1f s for %,d MB of documents into a %,d MB zip; heap after collections: idle %d MB, at most %d MB "
                        + "while exporting (+%d MB; %d collections)", exportNanos / 1e9, 41 * 50, size / MB,
                heap[0], heap[1], heap[1] - heap[0], heap[2]));
    }

    private int intake(int count, int clients, IntFunction<String> json) throws Exception {
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new java.util.ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < count; ) {
                    String boundary = "----bench" + System.nanoTime();
                    InputStream body = multipart(boundary, List.of(
                            part(boundary, "application", null, "application/json", json.apply(i).getBytes(StandardCharsets.UTF_8)),
                            part(boundary, "attachments", null, "application/json",
                                    "[{\"file\":\"a\",\"type\":\"PASSPORT_RF\"},{\"file\":\"b\",\"type\":\"OTHER\"}]"
                                            .getBytes(StandardCharsets.UTF_8))),
                            List.of(new Upload("a", "паспорт.pdf", MB), new Upload("b", "справка.pdf", MB)));
                    try {
                        HttpResponse<String> r = http.send(request("portal", "/api/v1/applications")
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 201) errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) f.get();
        pool.shutdown();
        return errors.get();
    }

    private void document(long id, int n, long size) throws Exception {
        String boundary = "----bench" + System.nanoTime();
        InputStream body = multipart(boundary, List.of(part(boundary, "type", null, "text/plain",
                "OTHER".getBytes(StandardCharsets.UTF_8))), List.of(new Upload("file", "том-" + n + ".pdf", size)));
        HttpResponse<String> r = http.send(request("registrar", "/api/v1/applications/" + id + "/documents")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) throw new IllegalStateException("document upload: " + r.statusCode() + " " + r.body());
    }

    private record Upload(String name, String fileName, long size) {
    }

    /** Fields, then files made as they are sent: a PDF header and pseudo-random bytes, never held whole. */
    private static InputStream multipart(String boundary, List<byte[]> fields, List<Upload> uploads) {
        List<InputStream> parts = new java.util.ArrayList<>();
        fields.forEach(f -> parts.add(new ByteArrayInputStream(f)));
        for (Upload u : uploads) {
            parts.add(new ByteArrayInputStream(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + u.name()
                    + "\"; filename=\"" + u.fileName() + "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n")
                    .getBytes(StandardCharsets.UTF_8)));
            parts.add(new RandomBytes(u.size() - 9));
            parts.add(new ByteArrayInputStream("\r\n".getBytes(StandardCharsets.UTF_8)));
        }
        parts.add(new ByteArrayInputStream(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)));
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    private static byte[] part(String boundary, String name, String fileName, String type, byte[] content) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + content.length + 2];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        all[all.length - 2] = '\r';
        all[all.length - 1] = '\n';
        return all;
    }

    private static final class RandomBytes extends InputStream {
        private final Random random = new Random();
        private long left;

        RandomBytes(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            if (left <= 0) return -1;
            left--;
            return random.nextInt(256);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) return -1;
            int n = (int) Math.min(len, left);
            for (int i = 0; i < n; i += 8) {
                long r = random.nextLong();
                for (int j = 0; j < 8 && i + j < n; j++) b[off + i + j] = (byte) (r >>> (8 * j));
            }
            left -= n;
            return n;
        }
    }

    private String post(String login, String path, String type, HttpRequest.BodyPublisher body, int expected) throws Exception {
        HttpResponse<String> r = http.send(request(login, path).header("Content-Type", type).POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
        return r.body();
    }

    private HttpRequest.Builder request(String login, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private static long firstNumber(String json, String field) {
        return RawHttp.firstNumber(json, field);
    }

    /** Seconds since the JVM started, as the GC log stamps its lines: the log's last line. */
    private double seconds() throws Exception {
        List<String> lines = Files.readAllLines(gcLog);
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher m = Pattern.compile("\\[(\\d+\\.\\d+)s\\]").matcher(lines.get(i));
            if (m.find()) return Double.parseDouble(m.group(1));
        }
        return 0;
    }

    /** Occupancy after the last collection before {@code from}, the highest after any until {@code to}, and how many. */
    private long[] heapAfterCollections(double from, double to) throws Exception {
        long idle = 0;
        long peak = 0;
        long count = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_LINE.matcher(line);
            if (!m.find()) continue;
            double at = Double.parseDouble(m.group(1));
            long afterMb = Long.parseLong(m.group(3));
            if (at <= from) idle = afterMb;
            else if (at <= to + 1) {
                peak = Math.max(peak, afterMb);
                count++;
            }
        }
        return new long[] {idle, Math.max(peak, idle), count};
    }
}
