package coop.faireavec.web;

import java.util.List;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.support.WebBindingInitializer;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/** Every controller's form is bound with a {@link FormRecordBinder}: text that does not convert is never a 500. */
@Configuration
class FormBindingConfig implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
        return new RequestMappingHandlerAdapter() {
            @Override
            protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> methods) {
                return new FormRecordBinderFactory(methods, getWebBindingInitializer());
            }
        };
    }

    /** Spring's factory, making {@link FormRecordBinder}s. */
    private static final class FormRecordBinderFactory extends ServletRequestDataBinderFactory {

        FormRecordBinderFactory(List<InvocableHandlerMethod> methods, WebBindingInitializer initializer) {
            super(methods, initializer);
        }

        @Override
        protected FormRecordBinder createBinderInstance(Object target, String objectName, NativeWebRequest request) {
            return new FormRecordBinder(target, objectName);
        }
    }
}
