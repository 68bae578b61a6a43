package org.parceldesk.designer;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Runs each test as a request with {@code Accept-Language: en}, so the model checks' refusals, read in the
 * deployer's language (Chinese outside a request), are the English texts the tests name. Bound just before
 * the test method (after Spring's own mock request) and the previous request restored after it.
 */
class EnglishReader implements BeforeTestExecutionCallback, AfterTestExecutionCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EnglishReader.class);

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        context.getStore(NAMESPACE).put("previous", new Previous(RequestContextHolder.getRequestAttributes()));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader(HttpHeaders.ACCEPT_LANGUAGE, "en");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Previous previous = context.getStore(NAMESPACE).remove("previous", Previous.class);
        RequestContextHolder.setRequestAttributes(previous == null ? null : previous.attributes());
    }

    private record Previous(RequestAttributes attributes) {
    }
}
