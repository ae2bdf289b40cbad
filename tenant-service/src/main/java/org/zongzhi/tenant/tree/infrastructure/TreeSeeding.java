package org.zongzhi.tenant.tree.infrastructure;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.platform.tenancy.TenantScope;

/**
 * Seeds the tree with Shanxi's divisions on first start (an empty tree), opens the demo accounts' centers
 * on the dev platform ({@code platform.demo.operating-centers}), and runs the import command
 * ({@code --platform.import-divisions=<file>}, used by {@code ./platform import-divisions}) and exits.
 */
@Component
class TreeSeeding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TreeSeeding.class);
    private static final String BUNDLED = "divisions/shanxi-divisions.csv";

    private final DivisionImport divisionImport;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ConfigurableApplicationContext context;
    private final String importFile;
    private final java.util.List<String> demoCenters;
    private final org.zongzhi.tenant.tree.domain.CenterRegistry registry;

    TreeSeeding(
            DivisionImport divisionImport,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            ConfigurableApplicationContext context,
            @Value("${platform.import-divisions:}") String importFile,
            @Value("${platform.demo.operating-centers:}") java.util.List<String> demoCenters,
            org.zongzhi.tenant.tree.domain.CenterRegistry registry) {
        this.divisionImport = divisionImport;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.context = context;
        this.importFile = importFile;
        this.demoCenters = demoCenters.stream().filter(c -> !c.isBlank()).toList();
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!importFile.isBlank()) {
            Path file = Path.of(importFile);
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("cannot read " + file.toAbsolutePath());
            }
            try (InputStream in = open(file)) {
                divisionImport.importFrom(in, file.getFileName().toString());
            }
            System.exit(SpringApplication.exit(context, () -> 0));
        }
        Long centers = TenantScope.asSystem(
                "seed check",
                () -> transactions.execute(tx -> jdbc.queryForObject("select count(*) from center", Long.class)));
        if (centers != null && centers == 0) {
            log.info("The center tree is empty: seeding it with Shanxi's divisions ({})", BUNDLED);
            try (InputStream in = new ClassPathResource(BUNDLED).getInputStream()) {
                divisionImport.importFrom(in, BUNDLED);
            }
        }
        if (!demoCenters.isEmpty()) {
            int opened = TenantScope.asSystem(
                    "demo centers",
                    () -> transactions.execute(tx -> jdbc.update(
                            "update center set status = 'OPERATING', display_name = name || '综治中心', opened_on = current_date,"
                                    + " onboarded_at = now(), onboarded_by = 'demo-data', status_changed_at = now(),"
                                    + " status_changed_by = 'demo-data' where status = 'PLANNED' and code = any (?)",
                            (Object) demoCenters.toArray(String[]::new))));
            if (opened > 0) {
                log.info("Demo data: {} centers of the demo accounts are operating", opened);
                registry.treeChanged();
            }
        }
    }

    private static InputStream open(Path file) {
        try {
            InputStream in = new FileInputStream(file.toFile());
            return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
