package coop.faireavec.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.EnumSet;
import java.util.Set;

/**
 * Fuzz test of the upload guard (issue #16, point 6): any bytes under any name are either accepted, with a kind the
 * field accepts and a display name that is no path, or refused with a {@link GuardedUploadProblem} naming the field;
 * never another exception (which would be a 500). The normal suite replays
 * {@code src/test/resources/coop/faireavec/shared/UploadGuardFuzzTestInputs/} (a workbook, images, JSON, CSV, a zip
 * bomb); the long run is in docs/security.md.
 */
class UploadGuardFuzzTest {

    static final UploadGuard GUARD = UploadGuardTest.guard();

    @FuzzTest(maxDuration = "3m")
    void anyFile(FuzzedDataProvider data) {
        Set<UploadType> accepted = EnumSet.noneOf(UploadType.class);
        for (UploadType type : UploadType.values()) {
            if (data.consumeBoolean()) {
                accepted.add(type);
            }
        }
        String name = data.consumeString(80);
        byte[] content = data.consumeRemainingAsBytes();
        try {
            GuardedUpload upload = GUARD.check(content, name, "file", accepted, 1024 * 1024);
            assertThat(accepted).contains(upload.type());
            assertThat(upload.displayName()).isNotBlank().doesNotContain("/", "\\", "\r", "\n");
        } catch (GuardedUploadProblem refused) {
            assertThat(refused.field()).isEqualTo("file");
            assertThat(refused.messageKey()).startsWith("upload.");
        }
    }
}
