package io.relaypay.ledger.crash;

import com.zaxxer.hikari.HikariDataSource;
import io.relaypay.ledger.domain.CreateTransferResult;
import io.relaypay.ledger.domain.Transfer;
import io.relaypay.ledger.store.JdbcLedger;
import io.relaypay.ledger.store.LedgerDataSources;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;

/**
 * The process the crash test kills. It applies the workload's batches in order and, after each
 * batch commits, appends every transfer's id and result to an acknowledgement log and forces it to
 * disk, then a {@code done n} line. On start it resubmits the first batch not marked done: the one
 * it may have been killed in, committed or not.
 *
 * <p>Arguments: jdbc-url user password ack-log seed
 */
public final class CrashWorker {

    private CrashWorker() {}

    public static void main(String[] args) throws IOException {
        Path log = Path.of(args[3]);
        CrashWorkload workload = new CrashWorkload(Long.parseLong(args[4]));
        int next = firstBatchNotDone(log);
        try (HikariDataSource dataSource = LedgerDataSources.pool(args[0], args[1], args[2], null, 2);
                FileChannel out = FileChannel.open(
                        log, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            JdbcLedger ledger = new JdbcLedger(dataSource, Clock.systemUTC());
            ledger.createAccounts(workload.accounts());
            System.out.println("ready " + next);
            System.out.flush();
            for (int n = next; ; n++) {
                List<Transfer> batch = workload.batch(n);
                List<CreateTransferResult> results = ledger.createTransfers(batch);
                StringBuilder acks = new StringBuilder();
                for (int i = 0; i < batch.size(); i++) {
                    acks.append("ack ")
                            .append(n)
                            .append(' ')
                            .append(batch.get(i).id())
                            .append(' ')
                            .append(results.get(i).code())
                            .append('\n');
                }
                acks.append("done ").append(n).append('\n');
                out.write(ByteBuffer.wrap(acks.toString().getBytes(StandardCharsets.UTF_8)));
                out.force(false);
            }
        }
    }

    static int firstBatchNotDone(Path log) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        int next = 0;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.startsWith("done ")) {
                next = Math.max(next, Integer.parseInt(line.substring(5).trim()) + 1);
            }
        }
        return next;
    }
}
