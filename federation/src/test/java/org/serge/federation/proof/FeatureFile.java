package org.serge.federation.proof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough Gherkin to read the FEP test vectors: scenarios of steps with a quoted argument or a doc string. */
final class FeatureFile {

    /** The shared spec fixtures, relative to the module folder Maven runs tests in. */
    static final Path SPEC = Path.of("../../shared/fixtures/spec");

    private static final Pattern STEP = Pattern.compile("^(Given|And|When|Then|But)\\s+(.*)$");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    record Step(String text, String argument, String docString) {
    }

    record Scenario(String name, List<Step> steps) {

        /** The first step whose text starts with {@code prefix}. */
        Step step(String prefix) {
            return steps.stream().filter(s -> s.text().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no step '" + prefix + "' in " + name));
        }
    }

    private FeatureFile() {
    }

    static Map<String, Scenario> read(String fileName) {
        List<String> lines;
        try {
            lines = Files.readAllLines(SPEC.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        List<Step> steps = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.startsWith("Scenario:")) {
                steps = new ArrayList<>();
                String name = line.substring("Scenario:".length()).trim();
                scenarios.put(name, new Scenario(name, steps));
                continue;
            }
            Matcher step = STEP.matcher(line);
            if (steps == null || !step.matches()) {
                continue;
            }
            Matcher quoted = QUOTED.matcher(step.group(2));
            String argument = quoted.find() ? quoted.group(1) : null;
            String docString = null;
            if (i + 1 < lines.size() && lines.get(i + 1).trim().equals("\"\"\"")) {
                StringBuilder text = new StringBuilder();
                for (i += 2; !lines.get(i).trim().equals("\"\"\""); i++) {
                    text.append(lines.get(i)).append('\n');
                }
                docString = text.toString();
            }
            steps.add(new Step(step.group(2), argument, docString));
        }
        return scenarios;
    }
}
