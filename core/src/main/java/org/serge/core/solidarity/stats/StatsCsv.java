package org.serge.core.solidarity.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.serge.core.solidarity.vocab.ActionType;
import org.serge.core.solidarity.vocab.Outcome;
import org.serge.core.solidarity.vocab.StruggleStatus;
import org.serge.core.solidarity.vocab.WireNamed;

/**
 * CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted, quotes doubled) for each
 * aggregate, with a header row and fixed columns (one per vocabulary word, so files from different nodes line
 * up). Text cells that a spreadsheet would run as a formula (starting with = + - @) get a leading apostrophe.
 */
public final class StatsCsv {

    private static final String CRLF = "\r\n";

    private StatsCsv() {
    }

    public static String struggles(Statistics s) {
        List<String> header = new ArrayList<>(List.of("dimension", "key", "label", "reports", "participants",
                "days_not_worked", "reports_with_days_not_worked"));
        words(header, "status_", StruggleStatus.values());
        words(header, "outcome_", Outcome.values());
        words(header, "action_", ActionType.values());
        StringBuilder out = new StringBuilder();
        line(out, header);
        for (StruggleStats g : s.struggles()) {
            List<String> cells = new ArrayList<>(List.of(s.groupBy().wireName(), text(g.key()), text(g.label()),
                    String.valueOf(g.reports()), String.valueOf(g.participants()), String.valueOf(g.daysNotWorked()),
                    String.valueOf(g.reportsWithDaysNotWorked())));
            for (StruggleStatus w : StruggleStatus.values()) {
                cells.add(String.valueOf(g.byStatus().getOrDefault(w.wireName(), 0)));
            }
            for (Outcome w : Outcome.values()) {
                cells.add(String.valueOf(g.byOutcome().getOrDefault(w.wireName(), 0)));
            }
            for (ActionType w : ActionType.values()) {
                cells.add(String.valueOf(g.byActionType().getOrDefault(w.wireName(), 0)));
            }
            line(out, cells);
        }
        return out.toString();
    }

    public static String figures(Statistics s) {
        StringBuilder out = new StringBuilder();
        line(out, List.of("dimension", "key", "label", "kind", "ilostat_indicator", "unit", "currency", "basis",
                "figures", "median", "sum"));
        for (FigureStats f : s.figures()) {
            line(out, List.of(s.groupBy().wireName(), text(f.key()), text(f.label()), f.kind(), orEmpty(f.ilostatIndicator()),
                    f.unit(), orEmpty(f.currency()), orEmpty(f.basis()), String.valueOf(f.figures()), number(f.median()),
                    number(f.sum())));
        }
        return out.toString();
    }

    public static String provenance(Statistics s) {
        StringBuilder out = new StringBuilder();
        line(out, List.of("dimension", "key", "label", "node", "reports", "figures"));
        for (Provenance p : s.provenance()) {
            line(out, List.of(s.groupBy().wireName(), text(p.key()), text(p.label()), text(p.node()),
                    String.valueOf(p.reports()), String.valueOf(p.figures())));
        }
        return out.toString();
    }

    /** One RFC 4180 field. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static void words(List<String> header, String prefix, WireNamed[] words) {
        for (WireNamed w : words) {
            header.add(prefix + w.wireName().replace('-', '_'));
        }
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(field(cells.get(i)));
        }
        out.append(CRLF);
    }

    private static String text(String value) {
        if (value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
