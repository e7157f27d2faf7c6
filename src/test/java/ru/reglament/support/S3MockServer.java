package ru.reglament.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Adobe's S3Mock, a real S3 protocol server, as a process of its own (its exec jar, copied to
 * {@code target/s3mock} by the build): started once per JVM on free ports with the bucket
 * {@link #BUCKET}, stopped when the JVM ends.
 */
public final class S3MockServer {

    public static final String BUCKET = "reglament";

    private static URI endpoint;

    private S3MockServer() {
    }

    /** The server's HTTP endpoint, starting it on first use. */
    public static synchronized URI endpoint() {
        if (endpoint == null) endpoint = start();
        return endpoint;
    }

    private static URI start() {
        Path jar = Path.of("target", "s3mock", "s3mock-exec.jar");
        if (!Files.exists(jar)) throw new IllegalStateException(jar + " is missing: run the tests through Maven, which copies it");
        try {
            int http = freePort();
            int https = freePort();
            Path root = Files.createTempDirectory("s3mock");
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.toString(),
                    "--http.port=" + http, "--server.port=" + https,
                    "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                    "--com.adobe.testing.s3mock.store.root=" + root,
                    "--logging.level.root=warn"))
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "s3mock", "s3mock.log").toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            URI uri = URI.create("http://localhost:" + http);
            awaitUp(uri.resolve("/" + BUCKET), process);
            return uri;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start S3Mock", e);
        }
    }

    private static void awaitUp(URI bucket, Process process) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) throw new IllegalStateException("S3Mock ended at start; see target/s3mock/s3mock.log");
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(bucket).method("HEAD",
                        HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroy();
        throw new IllegalStateException("S3Mock did not answer within 90 s; see target/s3mock/s3mock.log");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
