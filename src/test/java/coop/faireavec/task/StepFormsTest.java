package coop.faireavec.task;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.meeting.MeetingKind;
import coop.faireavec.task.kind.StepKind;
import coop.faireavec.task.kind.StepKinds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every form key a BPMN file names has exactly one kind of step, each kind serves a form key in use, and each kind's
 * template (task/forms/<template>.html) exists; meeting kinds name a kind of meeting.
 */
class StepFormsTest {

    private static Set<String> formKeysInProcesses() throws Exception {
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
        return used;
    }

    @Test
    void everyFormKeyInTheProcessesHasExactlyOneKind() throws Exception {
        Set<String> used = formKeysInProcesses();
        assertThat(used).isNotEmpty();
        List<String> kindKeys = new ArrayList<>();
        StepKinds.all().forEach(k -> kindKeys.add(k.formKey()));
        assertThat(kindKeys).doesNotHaveDuplicates();
        assertThat(kindKeys).containsExactlyInAnyOrderElementsOf(used);
        for (String key : used) {
            assertThat(StepKinds.of(key).formKey()).isEqualTo(key);
        }
    }

    @Test
    void everyKindsTemplateExists() {
        for (StepKind<?> kind : StepKinds.all()) {
            assertThat(Path.of("src/main/resources/templates/task/forms", kind.template() + ".html"))
                    .as("template of %s", kind.formKey())
                    .exists();
        }
    }

    @Test
    void kindsWithAFormHaveAnEmptyOneAndMeetingKindsNameAKindOfMeeting() {
        for (StepKind<?> kind : StepKinds.all()) {
            if (kind.completedByMeeting()) {
                assertThat(kind.formType()).isNull();
                assertThat(MeetingKind.valueOf(kind.meetingKind())).isNotNull();
            } else {
                assertThat(kind.formType()).as(kind.formKey()).isNotNull();
                assertThat(kind.emptyForm()).isInstanceOf(kind.formType());
            }
        }
    }
}
