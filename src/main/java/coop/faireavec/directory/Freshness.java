package coop.faireavec.directory;

/**
 * How alive a directory is: of its live records (organisations and services), how many were verified within the
 * last 12 months.
 *
 * @param records  live organisations and services
 * @param verified those verified within 12 months
 */
public record Freshness(long records, long verified) {

    /** The share verified within 12 months, in whole percent (rounded down); 100 for an empty directory. */
    public int percent() {
        return records == 0 ? 100 : (int) (verified * 100 / records);
    }

    /** Records not verified for 12 months ("à vérifier"). */
    public long stale() {
        return records - verified;
    }
}
