package coop.faireavec.security;

/**
 * The platform's Content-Security-Policy, for a page that needs one more image source (the directory's map tiles).
 * A controller that sets this header on its response keeps it: Spring Security's header writer leaves a
 * Content-Security-Policy already set alone.
 */
public final class ContentSecurityPolicy {

    /** The response header's name. */
    public static final String HEADER = "Content-Security-Policy";

    private ContentSecurityPolicy() {}

    /**
     * The platform's policy with images also allowed from {@code origin} (e.g. {@code https://tile.openstreetmap.org});
     * blank: the policy as it is.
     *
     * @throws IllegalArgumentException if the origin has a character that would end the directive
     */
    public static String allowingImagesFrom(String origin) {
        if (origin == null || origin.isBlank()) {
            return SecurityConfig.CONTENT_SECURITY_POLICY;
        }
        if (!origin.matches("https?://[A-Za-z0-9.*:\\-\\[\\]]+")) {
            throw new IllegalArgumentException("not an origin: " + origin);
        }
        return SecurityConfig.CONTENT_SECURITY_POLICY.replace("img-src 'self' data:", "img-src 'self' data: " + origin);
    }
}
