package coop.faireavec.demo;

import java.time.Clock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * In the demo run only, puts the application's clock (the bean {@code clock}, the system clock in the platform's
 * zone) inside a {@link DemoClock} so that the demo seeder can replay past meetings through the services. A clock
 * that is not the JDK's (a test's clock) is left as it is.
 */
@Component
@ConditionalOnProperty(name = "faireavec.demo.enabled", havingValue = "true")
class DemoClockInstaller implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if ("clock".equals(beanName)
                && bean instanceof Clock clock
                && clock.getClass().getName().startsWith("java.time.")) {
            return new DemoClock(clock);
        }
        return bean;
    }
}
