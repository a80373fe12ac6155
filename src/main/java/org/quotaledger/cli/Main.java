package org.quotaledger.cli;

import io.quarkus.runtime.annotations.QuarkusMain;
import org.quotaledger.audit.packet.VerifyPacketCommand;
import org.quotaledger.database.Launcher;

/**
 * The jar's entry point: a command named by the first argument runs on its own and exits; anything else starts the
 * app through {@link Launcher}.
 */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) throws Exception {
        // Checking a packet needs neither the database nor Quarkus: answer and exit before starting either.
        if (args.length > 0 && args[0].equals("verify-packet")) {
            System.exit(VerifyPacketCommand.run(args));
        }
        Launcher.run(args);
    }
}
