package org.serge.core.solidarity.pledge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The count of a call's live pledges, recomputed from them every time. Nodes are domains (this node's own for
 * its members); pledges without a country count in no country. {@code conditionMoney} is the money pledged in
 * the condition's currency (null when the condition has no money part).
 */
public record Tally(long callId, int pledges, List<AskTally> perAsk, Map<String, Integer> perNode,
                    Map<String, Integer> perCountry, int distinctNodes, int distinctCountries,
                    String conditionCurrency, BigDecimal conditionMoney) {

    public Tally {
        perAsk = List.copyOf(perAsk);
        perNode = Map.copyOf(perNode);
        perCountry = Map.copyOf(perCountry);
    }
}
