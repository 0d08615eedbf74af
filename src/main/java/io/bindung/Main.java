package io.bindung;

import io.bindung.config.Config;
import io.bindung.customers.CustomerImport;
import io.bindung.customers.CustomerStore;
import io.bindung.customers.ImportResult;
import io.bindung.db.Database;
import io.bindung.db.Migrations;
import io.bindung.demo.DemoShop;
import io.bindung.http.Scope;
import io.bindung.keys.ApiKeyStore;
import io.bindung.keys.CreatedKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** The command line: {@code serve}, {@code migrate}, {@code keys create}, {@code import customers}, {@code demo}. */
@Command(name = "bindung", mixinStandardHelpOptions = true, version = "bindung 0.1.0",
        description = "Headless customer-retention and experimentation server.",
        subcommands = {Main.Serve.class, Main.Migrate.class, Main.Keys.class, Main.Import.class, Main.Demo.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    /** Database flags shared by every command; unset flags fall back to BINDUNG_* variables. */
    static class DatabaseOptions {
        @Option(names = "--db", description = "JDBC URL (env BINDUNG_DB, default ${DEFAULT-VALUE})",
                defaultValue = "${env:BINDUNG_DB:-" + Config.DEFAULT_DATABASE + "}")
        String url;
        @Option(names = "--db-user", defaultValue = "${env:BINDUNG_DB_USER:-}", description = "database user (env BINDUNG_DB_USER)")
        String user;
        @Option(names = "--db-password", defaultValue = "${env:BINDUNG_DB_PASSWORD:-}", description = "database password (env BINDUNG_DB_PASSWORD)")
        String password;

        Config config() {
            return Config.fromEnvironment(System.getenv()).withDatabase(url, user, password);
        }
    }

    @Command(name = "serve", description = "Apply migrations and serve the HTTP API until stopped.")
    static final class Serve implements Callable<Integer> {
        @CommandLine.Mixin
        DatabaseOptions database = new DatabaseOptions();
        @Option(names = "--port", defaultValue = "${env:BINDUNG_PORT:-8080}", description = "HTTP port (env BINDUNG_PORT, default 8080)")
        int port;

        @Override
        public Integer call() throws InterruptedException {
            App app = App.start(database.config().withPort(port));
            System.out.println("Bindung is serving on http://localhost:" + app.port() + " (docs at /docs)");
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                app.close();
                stopped.countDown();
            }, "shutdown"));
            stopped.await();
            return 0;
        }
    }

    @Command(name = "demo", description = "Load a synthetic shop through the API: customers, 13 months of orders, emails, surveys"
            + " and tickets, an active cart-abandonment campaign with a holdout, a finished A/B test and a running 2 x 2 test.")
    static final class Demo implements Callable<Integer> {
        @CommandLine.Mixin
        DatabaseOptions database = new DatabaseOptions();
        @Option(names = "--customers", defaultValue = "10000", description = "customers (default 10000)")
        int customers;
        @Option(names = "--events", defaultValue = "300000", description = "about this many history events (default 300000)")
        int events;
        @Option(names = "--seed", defaultValue = "7", description = "the same seed on the same day loads the same shop (default 7)")
        long seed;

        @Override
        public Integer call() {
            // No background loops while loading: the loader runs the scheduler itself, and `serve` sends the campaign's messages.
            Config config = database.config().withPort(0).withAccessLog(false).withoutBackgroundLoops();
            CreatedKey key;
            try (Database db = Database.open(config)) {
                new Migrations(db).apply();
                if (db.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM customers").mapTo(Long.class).one()) > 0) {
                    System.err.println("The database already holds customers; load the demo into a new one, e.g. --db jdbc:sqlite:demo.db");
                    return 1;
                }
                key = new ApiKeyStore(db, Clock.systemUTC(), Optional.empty()).create("demo loader", EnumSet.of(Scope.ADMIN));
            }
            App app = App.start(config);
            try {
                ProgressBar progress = new ProgressBar(System.err, events);
                long started = System.nanoTime();
                DemoShop.Loaded loaded = new DemoShop("http://127.0.0.1:" + app.port(), key.key(), () -> app.campaignScheduler().runOnce(),
                        sent -> progress.show(sent, sent)).load(new DemoShop.Size(customers, events, seed));
                progress.finish();
                System.out.printf("Loaded %,d customers and %,d events in %.0f s: campaign %s, experiments checkout-button (stopped)"
                        + " and hero-banner (running). Start the server to explore them.%n", loaded.customers(), loaded.events(),
                        (System.nanoTime() - started) / 1e9, loaded.campaignId());
            } finally {
                app.close();
            }
            try (Database db = Database.open(config)) {
                new ApiKeyStore(db, Clock.systemUTC(), Optional.empty()).revoke(key.id());
            }
            return 0;
        }
    }

    @Command(name = "migrate", description = "Apply pending database migrations and exit.")
    static final class Migrate implements Callable<Integer> {
        @CommandLine.Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Override
        public Integer call() {
            try (Database db = Database.open(database.config())) {
                int applied = new Migrations(db).apply();
                System.out.println("Applied " + applied + " migration(s); the database is up to date.");
            }
            return 0;
        }
    }

    @Command(name = "keys", description = "Manage API keys.", subcommands = Keys.Create.class)
    static final class Keys {
        @Command(name = "create", description = "Create an API key and print it once.")
        static final class Create implements Callable<Integer> {
            @CommandLine.Mixin
            DatabaseOptions database = new DatabaseOptions();
            @Option(names = "--scopes", split = ",", required = true, description = "read, write and/or admin")
            List<String> scopes;
            @Option(names = "--name", defaultValue = "", description = "a label for the key")
            String name;

            @Override
            public Integer call() {
                EnumSet<Scope> parsed = EnumSet.noneOf(Scope.class);
                for (String scope : scopes) {
                    parsed.add(Scope.parse(scope.trim()).orElseThrow(() ->
                            new CommandLine.ParameterException(new CommandLine(this), "unknown scope: " + scope)));
                }
                try (Database db = Database.open(database.config())) {
                    new Migrations(db).apply();
                    CreatedKey key = new ApiKeyStore(db, Clock.systemUTC(), Optional.empty()).create(name, parsed);
                    System.out.println(key.key());
                }
                return 0;
            }
        }
    }

    @Command(name = "import", description = "Import data files.", subcommands = Import.Customers.class)
    static final class Import {
        @Command(name = "customers", description = "Import customers from a CSV (header row) or NDJSON file.")
        static final class Customers implements Callable<Integer> {
            @CommandLine.Mixin
            DatabaseOptions database = new DatabaseOptions();
            @Parameters(index = "0", description = "the file; .csv is CSV, anything else NDJSON unless --format says")
            Path file;
            @Option(names = "--format", description = "CSV or NDJSON")
            CustomerImport.Format format;

            @Override
            public Integer call() throws IOException {
                CustomerImport.Format chosen = format != null ? format
                        : file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? CustomerImport.Format.CSV
                        : CustomerImport.Format.NDJSON;
                long size = Files.size(file);
                try (Database db = Database.open(database.config()); InputStream in = Files.newInputStream(file)) {
                    new Migrations(db).apply();
                    ProgressBar progress = new ProgressBar(System.err, size);
                    CountingStream counted = new CountingStream(in);
                    CustomerStore store = new CustomerStore(db, App.objectMapper(), Clock.systemUTC());
                    ImportResult result = new CustomerImport(store, App.objectMapper())
                            .run(counted, chosen, rows -> progress.show(counted.count(), rows));
                    progress.finish();
                    report(System.out, result);
                    return result.rejected() == 0 ? 0 : 1;
                }
            }

            private static void report(PrintStream out, ImportResult result) {
                out.printf("created %d, updated %d, rejected %d%n", result.created(), result.updated(), result.rejected());
                result.rejections().forEach(row -> out.printf("line %d: %s%n", row.line(), row.reason()));
            }
        }
    }
}
