package coop.faireavec.bench;

/**
 * The sizes of a benchmark data set (issue #14) and the load put on it. {@code S} and {@code L} are the issue's;
 * {@code XS} is the smoke run by CI so that the harness cannot rot (whole run under 90 s).
 *
 * @param experimentations how many experimentations (all running, in phase 1 after its kick-off)
 * @param territories over how many territories
 * @param people how many people, each a member of one experimentation (one carrier and one committee member each,
 *     the others participants of the three colleges in turn)
 * @param meetings how many meetings, spread over the experimentations
 * @param contributions how many contributions in all
 * @param largestContributions how many of them belong to experimentation 1 (the largest), in phase 1
 * @param historicTasks how many completed historic tasks are written into the engine's history tables
 * @param users how many concurrent signed-in virtual users for the HTTP figures
 * @param seconds how long each load lasts, in seconds
 */
record Scale(
        String name,
        int experimentations,
        int territories,
        int people,
        int meetings,
        int contributions,
        int largestContributions,
        int historicTasks,
        int users,
        int seconds) {

    /** The scale named {@code XS}, {@code S} or {@code L}. */
    static Scale of(String name) {
        return switch (name) {
            case "XS" -> new Scale("XS", 3, 2, 60, 15, 300, 150, 200, 5, 5);
            case "S" -> new Scale("S", 20, 5, 1_500, 600, 20_000, 5_000, 5_000, 50, 60);
            case "L" -> new Scale("L", 300, 40, 20_000, 15_000, 300_000, 100_000, 500_000, 50, 60);
            default -> throw new IllegalArgumentException("bench.scale must be XS, S or L, not " + name);
        };
    }
}
