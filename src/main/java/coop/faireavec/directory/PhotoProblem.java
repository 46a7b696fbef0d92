package coop.faireavec.directory;

/**
 * A photo the platform cannot take: its image cannot be decoded, or is over {@link PhotoCleaner#MAX_PIXELS}. The page
 * says the file cannot be read, next to the file field.
 */
public class PhotoProblem extends Exception {

    PhotoProblem(String message) {
        super(message);
    }
}
