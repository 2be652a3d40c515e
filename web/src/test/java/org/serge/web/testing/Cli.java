package org.serge.web.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.serge.web.Main;
import picocli.CommandLine;

/** Runs the command line in-process and keeps what it printed. */
public final class Cli {

    /** What one command did. */
    public record Result(int exitCode, String out, String err) {

        /** The last line printed on standard output, where admin commands put their secret. */
        public String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1].strip();
        }
    }

    private Cli() {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new Main())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
