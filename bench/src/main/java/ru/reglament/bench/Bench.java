package ru.reglament.bench;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's benchmarks. Starts the built jar as a separate process (512 MB heap, durable embedded
 * PostgreSQL on a fresh data folder), then measures over HTTP on loopback:
 * intake applications/s, lifecycle actions/s, and — after a bulk load of generated applications —
 * p50/p95 of the list with each filter, the applicant-name search, the card and the workstation's pages.
 * Prints a Markdown table.
 */
public final class Bench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "bench-password";
    private static final int PORT = 18080;
    private static final int DB_PORT = 15432;
    private static final int LIFECYCLE_WARMUP_APPLICATIONS = 30_000;
    private static final int INTERAGENCY_APPLICATIONS = 3_000;
    /** The interagency phase is measured once the JIT compiler takes at most this share of the app's CPU. */
    private static final double SETTLED_COMPILER_SHARE = 0.03;
    private static final int MAX_WARM_UP_ROUNDS = 8;
    private static final String ORG_A = "1024701543217";
    private static final String[] SERVICES = {"4700000010000000001", "4700000010000000002", "4700000010000000003",
            "4700000010000000004"};

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> results = new LinkedHashMap<>();
    private final Map<String, String> authorizations = new java.util.concurrent.ConcurrentHashMap<>();
    private long appPid;
    private long largestRssMb;
    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        Bench bench = new Bench();
        // The last platform's database stays in target/bench/postgres, for EXPLAIN with its own pg_ctl.
        bench.keepDatabase = Boolean.parseBoolean(options.getOrDefault("keep-database", "false"));
        bench.run(Path.of(options.getOrDefault("jar", "target/reglament.jar")),
                Integer.parseInt(options.getOrDefault("applications", "1000000")),
                Integer.parseInt(options.getOrDefault("intake", "40000")),
                Integer.parseInt(options.getOrDefault("lifecycle", "6000")),
                Integer.parseInt(options.getOrDefault("clients", "48")),
                Boolean.parseBoolean(options.getOrDefault("durable", "true")),
                options.getOrDefault("only", "all"), Integer.parseInt(options.getOrDefault("warmup", "300000")),
                options.getOrDefault("app-options", ""));
    }

    private boolean keepDatabase;

    private void run(Path jar, int applications, int intakeCount, int lifecycleCount, int clients, boolean durable,
            String only, int warmup, String appOptions) throws Exception {
        Path work = Path.of("target", "bench");
        deleteRecursively(work.toFile());
        Files.createDirectories(work);
        if (only.equals("all") || only.equals("throughput")) {
            // Registration writes its interagency requests (the outbox) as always; this node does not send
            // them, so the figures are the actions' own. Sending is measured on its own platform below.
            onPlatform(jar, work, durable, appOptions, List.of("--reglament.interagency.workers=false"), clients, () -> {
                // Warm-up: with one C2 compiler thread on 2 cores, the JIT keeps compiling (about 25
                // methods/s, a seventh of the machine) for the first two minutes of intake load.
                measureIntake(warmup, clients, false);
                measureIntake(intakeCount, clients, true);
                List<Long> fresh = measureIntake(lifecycleCount + 500, clients, false);
                measureLifecycle(fresh.subList(0, 500), clients, false);
                measureLifecycle(measureIntake(LIFECYCLE_WARMUP_APPLICATIONS, clients, false), clients, false);
                measureLifecycle(fresh.subList(500, fresh.size()), clients, true);
            });
        }
        if (only.equals("all") || only.equals("throughput") || only.equals("interagency")) {
            // A fresh platform: the throughput phase leaves tens of thousands of requests queued behind it.
            onPlatform(jar, work, durable, appOptions, List.of(), clients, () -> {
                // Warm-up until the JIT has compiled the hot code: on two cores its one C2 thread compiles
                // the big inlined methods for minutes, and after two rounds it still took 14% of the node's
                // CPU through the measurement. A node in service compiles once; the figure is its steady state.
                int rounds = 0;
                double compiler;
                do {
                    compiler = measureInteragency(measureIntake(INTERAGENCY_APPLICATIONS, clients, false), clients, false);
                    rounds++;
                    System.err.printf(Locale.ROOT, "interagency warm-up round %d: JIT compiler %.0f%% of the app's CPU after the registrations%n",
                            rounds, 100 * compiler);
                } while (rounds < 2 || compiler > SETTLED_COMPILER_SHARE && rounds < MAX_WARM_UP_ROUNDS);
                results.put("interagency warm-up", String.format(Locale.ROOT,
                        "%d rounds of %d registrations, until the JIT compiler took %.0f%% of the app's CPU after them", rounds,
                        INTERAGENCY_APPLICATIONS, 100 * compiler));
                measureInteragency(measureIntake(INTERAGENCY_APPLICATIONS, clients, false), clients, true);
            });
        }
        if (only.equals("all") || only.equals("files")) {
            Path gcLog = work.resolve("gc.log").toAbsolutePath();
            onPlatform(jar, work, durable, (appOptions + " -Xlog:gc:file=" + gcLog).trim(), List.of(), clients, () ->
                    new FilesBench(PORT, PASSWORD, gcLog).measure(results, this::intake, appPid, 500, 8));
        }
        if (!only.equals("throughput") && !only.equals("interagency") && !only.equals("files")) {
            // A fresh platform and database: the applications the throughput phase received (some
            // 400,000, all in organisation A) would otherwise be counted by the lists measured here.
            onPlatform(jar, work, durable, appOptions, List.of(), clients, () -> {
                bulkLoad(applications);
                if (!only.equals("pages")) measureQueries();
                measurePages();
            });
        }
        System.out.println();
        System.out.println("| measure | result |");
        System.out.println("|---|---|");
        results.forEach((k, v) -> System.out.println("| " + k + " | " + v + " |"));
    }

    private interface Phase {
        void run() throws Exception;
    }

    /** Starts the platform on a fresh embedded database, runs the phase, records its memory, stops it. */
    private void onPlatform(Path jar, Path work, boolean durable, String appOptions, List<String> settings, int clients,
            Phase phase) throws Exception {
        deleteRecursively(work.resolve("postgres").toFile());
        deleteRecursively(work.resolve("files").toFile());
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-Xms512m"));
        if (!appOptions.isBlank()) command.addAll(List.of(appOptions.trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString(),
                "--server.port=" + PORT,
                "--reglament.embedded-database.data-directory=" + work.resolve("postgres"),
                "--reglament.embedded-database.clean=" + !keepDatabase,
                "--reglament.embedded-database.port=" + DB_PORT,
                "--reglament.embedded-database.durable=" + durable,
                "--reglament.files.directory=" + work.resolve("files"),
                "--reglament.demo.password=" + PASSWORD,
                // SMEV 3 through the built-in simulator, as command 1 runs it.
                "--reglament.interagency.simulator.enabled=true",
                "--reglament.interagency.demo-keys=true",
                // The portal's status updates are written with each action as always (the outbox); this node
                // does not send them, so the figures are the actions' and the interagency requests' own.
                "--reglament.portal.workers=false",
                "--logging.level.root=warn"));
        command.addAll(settings);
        Process app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("app.log").toFile())).start();
        appPid = app.pid();
        try {
            awaitHealth();
            System.out.printf("Platform up (heap 512 MB, embedded PostgreSQL, durable: %s). %d clients.%n", durable, clients);
            phase.run();
            largestRssMb = Math.max(largestRssMb, rssKb(app.pid()) / 1024);
            results.put("app resident memory after the run", largestRssMb + " MB (heap limit 512 MB)");
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) app.destroyForcibly();
        }
    }

    // ---------------------------------------------------------------- intake

    private List<Long> measureIntake(int count, int clients, boolean record) throws Exception {
        ConcurrentLinkedQueue<Long> ids = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        CpuTime before = CpuTime.now(appPid);
        long elapsed = parallel(count, clients, i -> {
            RawHttp.Response response = send("portal", "POST", "/api/v1/applications", intake(i));
            if (response.status() == 201) ids.add(RawHttp.firstNumber(response.body(), "id"));
            else errors.incrementAndGet();
        });
        if (record) {
            results.put("intake over HTTP", String.format(Locale.ROOT, "%,.0f applications/s (%d in %.1f s, %d errors)",
                    count * 1e9 / elapsed, count, elapsed / 1e9, errors.get()));
            results.put("CPU per intake", CpuTime.now(appPid).perUnit(before, count));
        }
        return new ArrayList<>(ids);
    }

    private String intake(int i) {
        long n = sequence.incrementAndGet();
        return """
                {"portalNumber":"9%014d","serviceCode":"%s","organisationOgrn":"%s",
                 "submittedAt":"%s","channel":"EPGU","purpose":"Получение услуги",
                 "applicant":{"kind":"PERSON","lastName":"%s","firstName":"Иван","middleName":"Петрович",
                   "birthDate":"1980-05-17","snils":"%s","phone":"+7 921 555-12-34","email":"a%d@example.ru",
                   "address":"Ленинградская обл., г. Тосно, ул. Советская, д. 5",
                   "document":{"type":"PASSPORT_RF","series":"4105","number":"123456","issuedAt":"2005-06-01",
                     "issuer":"ТП УФМС"}},
                 "fields":{"cadastralNumber":"47:29:0103001:%d","area":%d}}"""
                .formatted(n, SERVICES[i % SERVICES.length], ORG_A, Instant.now().toString(), Names.SURNAMES[i % Names.SURNAMES.length],
                        snils(100_000_000 + (int) (n % 800_000_000)), n, n % 1000, 500 + n % 1500);
    }

    // ---------------------------------------------------------------- lifecycle

    // Registration writes the service's interagency requests (one to three kinds, 1.75 on average over the
    // four services); the registrar then skips waiting, so the specialist's steps follow at once while
    // the senders and pollers work in the background.
    private static final String[][] STEPS = {
            {"registrar", "assign-self"}, {"registrar", "start-registration"}, {"registrar", "register"},
            {"registrar", "skip-smev"}, {"specialist", "assign-self"}, {"specialist", "start-review"}};
    private static final String[][] REGISTRATION = {
            {"registrar", "assign-self"}, {"registrar", "start-registration"}, {"registrar", "register"}};

    private void measureLifecycle(List<Long> ids, int clients, boolean record) throws Exception {
        AtomicInteger actions = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        CpuTime before = CpuTime.now(appPid);
        long elapsed = steps(ids, clients, STEPS, actions, errors);
        if (record) {
            results.put("lifecycle actions over HTTP", String.format(Locale.ROOT,
                    "%,.0f actions/s (%d user actions in %.1f s: assign, start registration, register with its "
                            + "interagency requests, skip waiting, specialist assign, start review; %d errors)",
                    actions.get() * 1e9 / elapsed, actions.get(), elapsed / 1e9, errors.get()));
            results.put("CPU per action", CpuTime.now(appPid).perUnit(before, actions.get()));
        }
    }

    /**
     * Interagency requests end to end: the applications are registered (each writing its requests),
     * and the clock runs until every request is signed, sent, verified by the simulator, answered,
     * stored and acknowledged. Two rates: over the whole run, the registrations' own work included; and
     * the pipeline's, over the time after the last registration, when the node does nothing else
     * (most requests are still queued then): the figure, registration having its own above.
     */
    private double measureInteragency(List<Long> ids, int clients, boolean record) throws Exception {
        AtomicInteger actions = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        steps(ids, clients, REGISTRATION, actions, errors);
        long registered = System.nanoTime();
        CpuTime cpuAtRegistered = CpuTime.now(appPid);
        int[] atRegistered;
        int[] counts;
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + DB_PORT + "/postgres",
                "postgres", "");
                // By the range of ids (an index scan): the measured applications were received one after the
                // other; asking by the list of 3,000 ids cost PostgreSQL 12 ms a time, taken from the measured node.
                var count = db.prepareStatement("""
                        select count(*), count(*) filter (where state in ('ANSWERED', 'REJECTED', 'ERROR', 'TIMED_OUT'))
                        from interagency_request where application_id between ? and ?""")) {
            count.setLong(1, Collections.min(ids));
            count.setLong(2, Collections.max(ids));
            atRegistered = counts(count);
            do {
                Thread.sleep(500);
                counts = counts(count);
            } while (counts[1] < counts[0] && System.nanoTime() - registered < TimeUnit.MINUTES.toNanos(10));
        }
        long end = System.nanoTime();
        CpuTime cpuAtEnd = CpuTime.now(appPid);
        if (!record) return cpuAtEnd.compilerShare(cpuAtRegistered);
        int requests = counts[0];
        int done = counts[1];
        results.put("interagency requests end to end", String.format(Locale.ROOT,
                "%,.0f requests/s (%d requests after the last of %d registrations, signed, sent, checked by the simulator, "
                        + "answered, stored and acknowledged in %.1f s; %d of %d done in all)",
                (done - atRegistered[1]) * 1e9 / (end - registered), done - atRegistered[1], ids.size(),
                (end - registered) / 1e9, done, requests));
        results.put("CPU per interagency request", cpuAtEnd.perUnit(cpuAtRegistered, done - atRegistered[1]));
        results.put("interagency requests with their registrations", String.format(Locale.ROOT,
                "%,.0f requests/s (%d registrations over HTTP, %.1f s, and their %d requests, %.1f s in all; %d errors)",
                done * 1e9 / (end - start), ids.size(), (registered - start) / 1e9, requests, (end - start) / 1e9,
                errors.get()));
        return cpuAtEnd.compilerShare(cpuAtRegistered);
    }

    /** Requests of the measured applications, and how many of them are done. */
    private static int[] counts(PreparedStatement count) throws SQLException {
        try (var rs = count.executeQuery()) {
            rs.next();
            return new int[] {rs.getInt(1), rs.getInt(2)};
        }
    }

    private long steps(List<Long> ids, int clients, String[][] steps, AtomicInteger actions, AtomicInteger errors)
            throws Exception {
        return parallel(ids.size(), clients, i -> {
            long id = ids.get(i);
            int version = 0;
            for (String[] step : steps) {
                RawHttp.Response response = send(step[0], "POST", "/api/v1/applications/" + id + "/actions/" + step[1],
                        "{\"version\":" + version + "}");
                if (response.status() != 200) {
                    errors.incrementAndGet();
                    return;
                }
                version = (int) RawHttp.firstNumber(response.body(), "version");
                actions.incrementAndGet();
            }
        });
    }

    // ---------------------------------------------------------------- bulk load and queries

    private void bulkLoad(int applications) throws Exception {
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + DB_PORT + "/postgres",
                "postgres", "");
                Statement sql = db.createStatement()) {
            sql.execute("set synchronous_commit = off");
            sql.execute(BulkLoad.ORGANISATIONS);
            sql.execute(BulkLoad.names(Names.SURNAMES, Names.FIRST_NAMES, Names.MIDDLE_NAMES));
            sql.execute(BulkLoad.applications(applications));
            sql.execute(BulkLoad.NAME_FRAGMENTS);
            sql.execute(BulkLoad.INTERAGENCY_ROUNDS);
            sql.execute(BulkLoad.INTERAGENCY_REQUESTS);
            sql.execute("vacuum analyze applications_application, applications_name_fragment, interagency_round, "
                    + "interagency_request");
        }
        results.put("bulk load", String.format(Locale.ROOT, "%,d applications over 22 organisations, 4 services, all "
                + "statuses, two years, two interagency requests each once registered, in %.0f s", applications, (System.nanoTime() - start) / 1e9));
        System.out.printf("Loaded %,d applications%n", applications);
    }

    private void measureQueries() throws Exception {
        long registrarId = JSON.readTree(send("registrar", "GET", "/api/v1/staff/me", null).body()).get("id").asLong();
        JsonNode firstPage = JSON.readTree(send("registrar", "GET", "/api/v1/applications?scope=all&size=20", null).body());
        String portalNumber = firstPage.at("/items/5/portalNumber").asString();
        long cardId = firstPage.at("/items/3/id").asLong();
        Map<String, java.util.function.IntFunction<String>> queries = new LinkedHashMap<>();
        queries.put("list «Все», first page", i -> "/api/v1/applications?scope=all&size=20");
        queries.put("list «Мои»", i -> "/api/v1/applications?size=20");
        queries.put("list, page 50 by cursor", null);
        queries.put("filter: status", i -> "/api/v1/applications?scope=all&status=" + Names.STATUSES[i % Names.STATUSES.length]);
        queries.put("filter: service", i -> "/api/v1/applications?scope=all&service=" + SERVICES[i % SERVICES.length]);
        queries.put("filter: responsible employee", i -> "/api/v1/applications?scope=all&assignee=" + registrarId);
        queries.put("filter: submission dates (one month)", i -> "/api/v1/applications?scope=all&from="
                + java.time.LocalDate.now().minusMonths(1 + i % 20) + "&to=" + java.time.LocalDate.now().minusMonths(i % 20));
        queries.put("filter: status + service + dates", i -> "/api/v1/applications?scope=all&status=PROVIDED&service="
                + SERVICES[i % SERVICES.length] + "&from=" + java.time.LocalDate.now().minusMonths(6));
        queries.put("filter: awaiting SMEV answers", i -> "/api/v1/applications?scope=all&condition=smev-waiting");
        queries.put("filter: SMEV answer overdue", i -> "/api/v1/applications?scope=all&condition=smev-overdue");
        queries.put("search: applicant surname", i -> "/api/v1/applications?scope=all&q="
                + enc(Names.SURNAMES[(i * 7) % Names.SURNAMES.length]));
        queries.put("search: part of a surname", i -> "/api/v1/applications?scope=all&q="
                + enc(Names.SURNAMES[(i * 3) % Names.SURNAMES.length].substring(0, 4).toLowerCase()));
        queries.put("search: portal number", i -> "/api/v1/applications?scope=all&q=" + portalNumber);
        queries.put("card", i -> "/api/v1/applications/" + cardId);
        for (var entry : queries.entrySet()) {
            java.util.function.IntFunction<String> path = entry.getValue();
            if (path == null) path = deepPage();
            long[] times = new long[200];
            for (int warm = 0; warm < 20; warm++) send("registrar", "GET", path.apply(warm), null);
            for (int i = 0; i < times.length; i++) {
                String p = path.apply(i);
                long t = System.nanoTime();
                RawHttp.Response response = send("registrar", "GET", p, null);
                times[i] = System.nanoTime() - t;
                if (response.status() != 200) throw new IllegalStateException(p + " -> " + response.status());
            }
            java.util.Arrays.sort(times);
            results.put(entry.getKey(), String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms",
                    times[times.length / 2] / 1e6, times[(int) (times.length * 0.95)] / 1e6));
        }
    }

    /** The workstation's pages, logged in through the form as each role. */
    private void measurePages() throws Exception {
        JsonNode firstPage = JSON.readTree(send("registrar", "GET", "/api/v1/applications?scope=all&size=20", null).body());
        results.putAll(new WorkstationPages(PORT, PASSWORD).measure(firstPage.at("/items/3/id").asLong(),
                firstPage.at("/items/5/portalNumber").asString(), Names.SURNAMES[7]));
    }

    /** The 50th page, reached by following the cursor; measured is the request for that page. */
    private java.util.function.IntFunction<String> deepPage() throws Exception {
        String cursor = null;
        for (int page = 0; page < 49; page++) {
            JsonNode body = JSON.readTree(send("registrar", "GET", "/api/v1/applications?scope=all&size=20"
                    + (cursor == null ? "" : "&cursor=" + cursor), null).body());
            cursor = body.get("nextCursor").asString();
        }
        String last = cursor;
        return i -> "/api/v1/applications?scope=all&size=20&cursor=" + last;
    }

    // ---------------------------------------------------------------- plumbing

    interface Task {
        void run(int i) throws Exception;
    }

    private static long parallel(int count, int clients, Task task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) task.run(i);
                return null;
            }));
        }
        for (var f : futures) f.get();
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        return elapsed;
    }

    private final ThreadLocal<RawHttp> connections = ThreadLocal.withInitial(() -> new RawHttp("localhost", PORT));

    private RawHttp.Response send(String login, String method, String path, String body) throws Exception {
        String authorization = authorizations.computeIfAbsent(login, l -> "Basic " + Base64.getEncoder()
                .encodeToString((l + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        try {
            return connections.get().send(method, path, authorization, body);
        } catch (java.io.IOException e) {
            connections.get().close();
            return connections.get().send(method, path, authorization, body);
        }
    }

    private void awaitHealth() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT
                        + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (java.io.IOException starting) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The platform did not start; see target/bench/app.log");
    }

    private static String snils(int nine) {
        String digits = String.format("%09d", nine);
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += (digits.charAt(i) - '0') * (9 - i);
        int check = sum < 100 ? sum : (sum == 100 || sum == 101) ? 0 : sum % 101;
        if (check == 100) check = 0;
        return digits + String.format("%02d", check);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (Exception e) {
            // not on Linux
        }
        return -1;
    }

    private static void deleteRecursively(File file) {
        File[] children = file.listFiles();
        if (children != null) for (File child : children) deleteRecursively(child);
        file.delete();
    }
}
