package org.zongzhi.tenant.tree.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.platform.tenancy.TenantScope;
import org.zongzhi.platform.web.Problems;
import org.zongzhi.tenant.tree.domain.CenterRegistry;
import org.zongzhi.tenant.tree.domain.Division;

/**
 * Imports a division file ({@code code,name,level,parent_code}, plain or gzip'd) into the tree as planned
 * centers: every line is checked, streamed into a staging table with COPY, and merged in one transaction,
 * so a bad line anywhere leaves the tree as it was. Importing the same file again changes nothing; a renamed
 * division gets its new name. Progress is logged as it goes.
 */
@Service
public class DivisionImport {

    private static final Logger log = LoggerFactory.getLogger(DivisionImport.class);
    private static final int BATCH = 20_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CenterRegistry registry;

    DivisionImport(JdbcTemplate jdbc, TransactionTemplate transactions, CenterRegistry registry) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.registry = registry;
    }

    public record Report(long lines, long added, long renamed, long millis) {}

    public Report importFrom(InputStream in, String source) {
        long start = System.currentTimeMillis();
        Report report = TenantScope.asSystem(
                "division import from " + source,
                () -> transactions.execute(tx -> {
                    jdbc.execute("select pg_advisory_xact_lock(hashtext('center-tree-import'))");
                    jdbc.execute(
                            "create temporary table division_staging (code varchar(12) primary key, name text not null,"
                                    + " level text not null, parent_code varchar(12), path ltree not null) on commit drop");
                    long lines = copyIntoStaging(in, source);
                    List<String> orphans = jdbc.queryForList(
                            "select s.code from division_staging s where s.parent_code is not null"
                                    + " and not exists (select 1 from division_staging p where p.code = s.parent_code)"
                                    + " and not exists (select 1 from center c where c.code = s.parent_code)"
                                    + " order by s.code limit 5",
                            String.class);
                    if (!orphans.isEmpty()) {
                        throw Problems.badRequest(source + ": the parents of " + orphans
                                + " are neither in the file nor in the tree; nothing was imported.");
                    }
                    long renamed = jdbc.update("update center c set name = s.name, version = c.version + 1"
                            + " from division_staging s where s.code = c.code and s.name <> c.name");
                    long added = jdbc.update("insert into center (code, name, level, parent_code, path)"
                            + " select code, name, level, parent_code, path from division_staging"
                            + " on conflict (code) do nothing");
                    jdbc.execute("analyze center");
                    return new Report(lines, added, renamed, System.currentTimeMillis() - start);
                }));
        registry.treeChanged();
        log.info(
                "Imported {}: {} lines, {} new centers, {} renamed, in {} ms",
                source,
                report.lines(),
                report.added(),
                report.renamed(),
                report.millis());
        return report;
    }

    private long copyIntoStaging(InputStream in, String source) {
        Connection connection = DataSourceUtils.getConnection(jdbc.getDataSource());
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            CopyIn copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "copy division_staging (code, name, level, parent_code, path) from stdin with (format csv)");
            long lineNumber = 0;
            long rows = 0;
            var batch = new StringBuilder();
            try {
                String line;
                while ((line = reader.readLine()) != null) {
                    lineNumber++;
                    if (lineNumber == 1 && line.startsWith("code,")) {
                        continue;
                    }
                    if (line.isBlank()) {
                        continue;
                    }
                    Division division = parse(line, lineNumber, source);
                    batch.append(division.code())
                            .append(',')
                            .append(csv(division.name()))
                            .append(',')
                            .append(division.code().level())
                            .append(',')
                            .append(
                                    division.parent() == null
                                            ? ""
                                            : division.parent().value())
                            .append(',')
                            .append(division.code().path())
                            .append('\n');
                    if (++rows % BATCH == 0) {
                        flush(copy, batch);
                        log.info("  … {} divisions read from {}", rows, source);
                    }
                }
                flush(copy, batch);
                copy.endCopy();
            } catch (RuntimeException e) {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
                throw e;
            }
            return rows;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw Problems.badRequest(source + " lists a division code twice: " + e.getMessage());
            }
            throw new IllegalStateException("copying " + source + " into PostgreSQL failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source + " failed", e);
        }
    }

    private static Division parse(String line, long lineNumber, String source) {
        try {
            return Division.parse(line);
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest(
                    source + " line " + lineNumber + ": " + e.getMessage() + "; nothing was imported.");
        }
    }

    private static void flush(CopyIn copy, StringBuilder batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        batch.setLength(0);
    }

    private static String csv(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
