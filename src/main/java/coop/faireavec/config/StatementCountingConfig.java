package coop.faireavec.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * SQL statements per request, for the benchmark (issue #14, figure 2); off unless
 * {@code faireavec.bench.count-statements=true}. The application's {@link DataSource} is wrapped by datasource-proxy
 * before anyone gets it, so the engine's statements count as well as ours; each HTTP response then carries the number
 * of statements run on its thread in the header {@value #HEADER} (the body is buffered to set it after rendering).
 * Never switched on in production: buffering costs memory and the header tells how a page is built.
 */
@Configuration
@ConditionalOnProperty(name = "faireavec.bench.count-statements", havingValue = "true")
class StatementCountingConfig {

    /** Response header with the number of SQL statements the request ran (an integer). */
    static final String HEADER = "X-Statement-Count";

    private static final String PROXY_NAME = "faireavec";

    /** Wraps every {@link DataSource} bean in a counting proxy (statements counted per thread). */
    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource ds && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(ds)
                            .name(PROXY_NAME)
                            .countQuery()
                            .build();
                }
                return bean;
            }
        };
    }

    /** Resets the thread's count when a request starts and writes it in {@value #HEADER} when it ends. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> statementCountFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        QueryCountHolder.clear();
                        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
                        try {
                            chain.doFilter(request, buffered);
                        } finally {
                            buffered.setHeader(
                                    HEADER,
                                    String.valueOf(
                                            QueryCountHolder.getGrandTotal().getTotal()));
                            QueryCountHolder.clear();
                            buffered.copyBodyToResponse();
                        }
                    }
                });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
