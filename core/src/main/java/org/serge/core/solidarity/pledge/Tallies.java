package org.serge.core.solidarity.pledge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.serge.core.solidarity.call.CallCondition;
import org.serge.core.solidarity.call.SolidarityCall;

/** Computes a tally from pledges; pure, so every node that holds the same pledges gets the same tally. */
public final class Tallies {

    private Tallies() {
    }

    public static Tally of(SolidarityCall call, List<Pledge> pledges, String ownDomain) {
        int asks = call.asks().size();
        int[] counts = new int[asks];
        int[] people = new int[asks];
        List<Map<String, BigDecimal>> money = new ArrayList<>();
        for (int i = 0; i < asks; i++) {
            money.add(new TreeMap<>());
        }
        Map<String, Integer> perNode = new TreeMap<>();
        Map<String, Integer> perCountry = new TreeMap<>();
        CallCondition condition = call.condition();
        String currency = condition == null ? null : condition.currency();
        BigDecimal conditionMoney = currency == null ? null : BigDecimal.ZERO;
        for (Pledge p : pledges) {
            perNode.merge(p.node() == null ? ownDomain : p.node(), 1, Integer::sum);
            if (p.country() != null) {
                perCountry.merge(p.country(), 1, Integer::sum);
            }
            for (PledgedAsk a : p.asks()) {
                if (a.ask() < 0 || a.ask() >= asks) {
                    continue;
                }
                counts[a.ask()]++;
                if (a.people() != null) {
                    people[a.ask()] += a.people();
                }
                if (a.amount() != null) {
                    money.get(a.ask()).merge(a.currency(), a.amount(), BigDecimal::add);
                    if (a.currency().equals(currency)) {
                        conditionMoney = conditionMoney.add(a.amount());
                    }
                }
            }
        }
        List<AskTally> perAsk = new ArrayList<>();
        for (int i = 0; i < asks; i++) {
            perAsk.add(new AskTally(i, counts[i], people[i], money.get(i)));
        }
        return new Tally(call.id(), pledges.size(), perAsk, perNode, perCountry, perNode.size(), perCountry.size(),
                currency, conditionMoney);
    }

    /** Whether the call's condition holds on this tally (false for a call without a condition). */
    public static boolean conditionHolds(SolidarityCall call, Tally tally) {
        return call.condition() != null && call.condition().heldBy(tally.pledges(), tally.distinctNodes(),
                tally.distinctCountries(), tally.conditionMoney());
    }
}
