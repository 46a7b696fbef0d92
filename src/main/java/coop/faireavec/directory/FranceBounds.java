package coop.faireavec.directory;

import java.util.List;

/**
 * Whether a place is in France: inside the bounding box of metropolitan France (Corsica included) or of one of the
 * overseas departments and collectivities (Guadeloupe, Martinique, French Guiana, Réunion, Mayotte, Saint-Pierre-and-
 * Miquelon, Saint-Martin and Saint-Barthélemy, New Caledonia, French Polynesia, Wallis-and-Futuna). Boxes, not
 * borders: a point just over the Spanish border passes; a point in the sea off Brittany passes. It catches what an
 * import gets wrong most often: latitude and longitude swapped, a sign lost, a place on another continent.
 */
public final class FranceBounds {

    private record Box(double south, double north, double west, double east) {
        boolean contains(double lat, double lon) {
            return lat >= south && lat <= north && lon >= west && lon <= east;
        }
    }

    private static final List<Box> BOXES = List.of(
            new Box(41.3, 51.2, -5.3, 9.7), // metropolitan France and Corsica
            new Box(15.8, 16.6, -61.9, -60.9), // Guadeloupe
            new Box(14.3, 14.95, -61.3, -60.75), // Martinique
            new Box(2.1, 5.8, -54.7, -51.5), // French Guiana
            new Box(-21.45, -20.85, 55.2, 55.9), // Réunion
            new Box(-13.05, -12.6, 44.95, 45.35), // Mayotte
            new Box(46.7, 47.2, -56.5, -56.1), // Saint-Pierre-and-Miquelon
            new Box(17.85, 18.15, -63.2, -62.75), // Saint-Martin, Saint-Barthélemy
            new Box(-22.8, -19.5, 163.5, 168.2), // New Caledonia
            new Box(-27.7, -7.8, -154.8, -134.4), // French Polynesia
            new Box(-14.4, -13.1, -178.3, -176.1)); // Wallis-and-Futuna

    private FranceBounds() {}

    /**
     * @param latitude  WGS 84 degrees
     * @param longitude WGS 84 degrees
     * @return whether the point is in one of France's boxes
     */
    public static boolean contains(double latitude, double longitude) {
        return BOXES.stream().anyMatch(b -> b.contains(latitude, longitude));
    }
}
