package org.serge.core.solidarity.call;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.serge.core.error.ServiceException;
import org.serge.core.solidarity.Checks;
import org.serge.core.solidarity.vocab.AskType;
import org.serge.core.solidarity.vocab.Currencies;

/** The rules for calls, asks and conditions; each failure is a 422 saying what is wrong. */
final class CallValidator {

    static final int MAX_ASKS = 10;
    static final int MAX_LABEL = 50;
    private static final String DOMAIN = "(?i)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}";

    private CallValidator() {
    }

    static List<Ask> asks(List<NewAsk> asks) {
        if (asks.isEmpty() || asks.size() > MAX_ASKS) {
            throw ServiceException.unprocessable("a call has 1 to " + MAX_ASKS + " asks");
        }
        List<Ask> out = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < asks.size(); i++) {
            NewAsk a = asks.get(i);
            String at = "ask " + (i + 1) + ": ";
            if (a == null) {
                throw ServiceException.unprocessable(at + "missing");
            }
            AskType type = AskType.parse(a.type());
            String label = Checks.text(a.label(), at + "label", MAX_LABEL, true);
            if (!labels.add(label.toLowerCase(Locale.ROOT))) {
                throw ServiceException.unprocessable(at + "two asks have the same label");
            }
            String text = Checks.text(a.text(), at + "text", 2000, false);
            out.add(switch (type) {
                case MONEY -> {
                    if (a.amount() != null && a.amount().signum() <= 0) {
                        throw ServiceException.unprocessable(at + "amount must be positive");
                    }
                    yield new Ask(i, type, label, a.amount(), Currencies.check(a.currency(), at + "currency"),
                            Checks.httpUrl(a.payeeUrl(), at + "payee URL"), null, null, null, null, null, text, null,
                            null);
                }
                case MESSAGE -> new Ask(i, type, label, null, null, null,
                        Checks.text(a.target(), at + "target", 300, true), null, null, null, null, text, null, null);
                case ATTEND -> {
                    if (a.time() == null) {
                        throw ServiceException.unprocessable(at + "time is required");
                    }
                    if (a.endTime() != null && !a.endTime().isAfter(a.time())) {
                        throw ServiceException.unprocessable(at + "end time must be after the time");
                    }
                    yield new Ask(i, type, label, null, null, null, null, a.time(),
                            Checks.text(a.place(), at + "place", 300, true), null, null, text, a.endTime(),
                            timezone(a.timezone(), at));
                }
                case BOYCOTT -> {
                    if (a.brands().isEmpty() && a.domains().isEmpty() || a.brands().size() + a.domains().size() > 50) {
                        throw ServiceException.unprocessable(at + "a boycott names 1 to 50 brands or domains");
                    }
                    List<String> brands = new ArrayList<>();
                    a.brands().forEach(b -> brands.add(Checks.text(b, at + "brand", 100, true)));
                    List<String> domains = new ArrayList<>();
                    for (String d : a.domains()) {
                        if (d == null || !d.matches(DOMAIN) || d.length() > 253) {
                            throw ServiceException.unprocessable(at + "boycott domains must be host names");
                        }
                        domains.add(d.toLowerCase(Locale.ROOT));
                    }
                    yield new Ask(i, type, label, null, null, null, null, null, null, brands, domains, text, null,
                            null);
                }
                case SYMPATHY_ACTION, SIGN -> new Ask(i, type, label, null, null, null, null, null, null, null, null,
                        text, null, null);
            });
        }
        return out;
    }

    /** An IANA time zone name (Europe/Berlin), or null. */
    private static String timezone(String zone, String at) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        String name = zone.strip();
        if (name.length() > 64 || !java.time.ZoneId.getAvailableZoneIds().contains(name)) {
            throw ServiceException.unprocessable(at + "timezone must be an IANA time zone such as Europe/Berlin");
        }
        return name;
    }

    static CallCondition condition(NewCondition c, List<Ask> asks) {
        if (c == null) {
            return null;
        }
        if (c.minPledges() == null && c.minNodes() == null && c.minCountries() == null && c.minMoney() == null) {
            throw ServiceException.unprocessable("a condition needs at least one part");
        }
        positive(c.minPledges(), "minimum pledges");
        positive(c.minNodes(), "minimum nodes");
        positive(c.minCountries(), "minimum countries");
        String currency = null;
        BigDecimal money = c.minMoney();
        if (money != null) {
            if (money.signum() <= 0) {
                throw ServiceException.unprocessable("minimum money must be positive");
            }
            currency = Currencies.check(c.currency(), "condition currency");
            if (asks.stream().noneMatch(a -> a.type() == AskType.MONEY)) {
                throw ServiceException.unprocessable("a money condition needs a money ask");
            }
        } else if (c.currency() != null && !c.currency().isBlank()) {
            throw ServiceException.unprocessable("a condition currency goes with a minimum money amount");
        }
        return new CallCondition(c.minPledges(), c.minNodes(), c.minCountries(), money, currency);
    }

    static void deadline(OffsetDateTime deadline, OffsetDateTime now) {
        if (deadline == null) {
            throw ServiceException.unprocessable("deadline is required");
        }
        if (!deadline.isAfter(now.plusMinutes(5)) || deadline.isAfter(now.plusYears(1))) {
            throw ServiceException.unprocessable("deadline must be between 5 minutes and a year from now");
        }
    }

    private static void positive(Integer value, String field) {
        if (value != null && (value < 1 || value > 10_000_000)) {
            throw ServiceException.unprocessable(field + " must be at least 1");
        }
    }
}
