package cn.deputylink.shared.web;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** Validation messages are always Chinese, whatever language the caller's browser asks for. */
@Configuration(proxyBeanMethods = false)
public class ValidationConfig {

    @Bean
    LocalValidatorFactoryBean defaultValidator() {
        LocalValidatorFactoryBean bean = new LocalValidatorFactoryBean();
        bean.setMessageInterpolator(new ChineseMessageInterpolator(new ResourceBundleMessageInterpolator()));
        return bean;
    }

    private record ChineseMessageInterpolator(MessageInterpolator delegate) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, Locale.SIMPLIFIED_CHINESE);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return delegate.interpolate(template, context, Locale.SIMPLIFIED_CHINESE);
        }
    }
}
