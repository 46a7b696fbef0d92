package coop.faireavec.task;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.process.ProcessConstants;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every kind of step a BPMN file names has its form template (task/forms/<form key>.html), and only those. */
class StepFormsTest {

    @Test
    void everyFormKeyInTheProcessesHasItsTemplate() throws Exception {
        Set<String> used = new TreeSet<>();
        Pattern formKey = Pattern.compile("camunda:formKey=\"([^\"]+)\"");
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher m = formKey.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(ProcessConstants.FORM_KEYS).containsAll(used);
        for (String key : ProcessConstants.FORM_KEYS) {
            assertThat(Path.of("src/main/resources/templates/task/forms", key + ".html")).exists();
            assertThat(used).as("form key %s is used by a process", key).contains(key);
        }
    }
}
