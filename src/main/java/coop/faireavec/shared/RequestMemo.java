package coop.faireavec.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Remembers a read for the rest of one GET (or HEAD) request, so that a page asking the same thing from several
 * services (the viewer's memberships, say) reads it once: the benchmark's statements per page (issue #14,
 * docs/performance.md). A GET changes nothing, so what was read at its start is still what the database holds for
 * the page. Outside a web request (jobs, the engine's threads) and in any other request (a POST may change what it
 * read), nothing is remembered and every call reads; nor inside a read-write transaction (it gets managed entities). Values must not be changed by their callers (copy lists first).
 */
public final class RequestMemo {

    private static final String ATTRIBUTE = RequestMemo.class.getName();

    private RequestMemo() {}

    /**
     * The value kept under {@code key} in the current GET request, else {@code read}'s (kept for the rest of the
     * request when it is a GET).
     *
     * @param key what was read, e.g. {@code "memberships-of:42"} (unique across callers)
     * @param read the read itself; its result may be null (a null is not kept)
     * @return the value read now or earlier in the same GET request
     */
    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Supplier<T> read) {
        Map<String, Object> memo = memo();
        if (memo == null) {
            return read.get();
        }
        Object kept = memo.get(key);
        if (kept != null) {
            return (T) kept;
        }
        T value = read.get();
        if (value != null) {
            memo.put(key, value);
        }
        return value;
    }

    /** Whether reads are remembered now: inside a GET or HEAD request. */
    public static boolean active() {
        return memo() != null;
    }

    /** Forgets everything kept in the current request (after a write that may change what was read). */
    public static void forget() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> memo() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        String method = attributes.getRequest().getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return null;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return null; // a write gets managed entities, read now
        }
        Object memo = attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (memo == null) {
            memo = new HashMap<String, Object>();
            attributes.setAttribute(ATTRIBUTE, memo, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, Object>) memo;
    }
}
