package coop.faireavec.web;

import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A double submit that hits a unique constraint, a lock not obtained or a row changed meanwhile gets a plain 409
 * page, never a 500; a row changed meanwhile (optimistic lock) says so and links to the current version.
 */
class ErrorAdviceTest {

    @Controller
    static class DoubleSubmits {

        @PostMapping("/same-username-twice")
        String uniqueConstraint() {
            throw new DataIntegrityViolationException("unique constraint UK_USERNAME violated");
        }

        @PostMapping("/changed-meanwhile")
        String optimisticLock() {
            throw new ObjectOptimisticLockingFailureException(Object.class, 1L);
        }

        @PostMapping("/locked-meanwhile")
        String lockNotObtained() {
            throw new CannotAcquireLockException("could not obtain lock on row in relation \"meeting\"");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new DoubleSubmits())
            .setControllerAdvice(new ErrorAdvice())
            .build();

    @Test
    void aUniqueConstraintHitByADoubleSubmitIsAConflictInPlainWords() throws Exception {
        mvc.perform(post("/same-username-twice"))
                .andExpect(status().isConflict())
                .andExpect(view().name("error/409"))
                .andExpect(model().attribute("reasonKey", "conflict.alreadyDoneOrChanged"));
    }

    @Test
    void aRowChangedMeanwhileIsAConflictThatLinksToTheCurrentVersion() throws Exception {
        mvc.perform(post("/changed-meanwhile").header("Referer", "http://localhost/experimentations/7/edit?lang=en"))
                .andExpect(status().isConflict())
                .andExpect(view().name("error/409"))
                .andExpect(model().attribute("reasonKey", "conflict.concurrentChange"))
                .andExpect(model().attribute("currentVersionPath", "/experimentations/7/edit?lang=en"));
        // never a link to another site
        mvc.perform(post("/changed-meanwhile").header("Referer", "https://elsewhere.example.org/phishing"))
                .andExpect(status().isConflict())
                .andExpect(model().attribute("reasonKey", "conflict.concurrentChange"))
                .andExpect(model().attribute("currentVersionPath", nullValue()));
    }

    @Test
    void aLockNotObtainedIsAConflictInPlainWords() throws Exception {
        mvc.perform(post("/locked-meanwhile"))
                .andExpect(status().isConflict())
                .andExpect(view().name("error/409"))
                .andExpect(model().attribute("reasonKey", "conflict.alreadyDoneOrChanged"));
    }
}
