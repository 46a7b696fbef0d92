package coop.faireavec.process.diagram;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runtime state of a process instance, as seen by the diagram: ids of the flow elements that are
 * currently active and of those already completed.
 */
public record DiagramState(Set<String> activeIds, Set<String> completedIds) {

  private static final DiagramState EMPTY = new DiagramState(Set.of(), Set.of());

  public DiagramState {
    // Immutable, null-tolerant copies: callers often build these from history queries.
    activeIds = copy(activeIds);
    completedIds = copy(completedIds);
  }

  public static DiagramState empty() {
    return EMPTY;
  }

  public boolean isActive(String id) {
    return id != null && activeIds.contains(id);
  }

  /** An element that is active again (loop) is shown as active, not completed. */
  public boolean isCompleted(String id) {
    return id != null && !isActive(id) && completedIds.contains(id);
  }

  private static Set<String> copy(Collection<String> ids) {
    if (ids == null) {
      return Set.of();
    }
    return ids.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
  }
}
