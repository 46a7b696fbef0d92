package coop.faireavec.process;

import java.util.Set;

/** Where a process instance stands: what runs now and what is done, for one definition. */
public record ProcessProgress(
        String processDefinitionId, String processKey, Set<String> activeIds, Set<String> completedIds) {}
