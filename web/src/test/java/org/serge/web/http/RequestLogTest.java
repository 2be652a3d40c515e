package org.serge.web.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

/** Members may face retaliation: request logs must not identify who asked. */
class RequestLogTest {

    @Test
    void logsOneLinePerRequestWithoutAddressesOrQueryStrings() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger("serge.http");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try (TestNode node = TestNode.start()) {
            Http.get(node.url("/health"));
            Http.get(node.url("/.well-known/webfinger?resource=acct:secret-name@" + node.domain()),
                    "X-Forwarded-For", "203.0.113.7");
            Thread.sleep(200);
        } finally {
            logger.detachAppender(appender);
        }
        List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.toList());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("GET /health 200 ")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("GET /.well-known/webfinger 404 ")), lines.toString());
        for (String line : lines) {
            assertFalse(line.contains("127.0.0.1"), line);
            assertFalse(line.contains("203.0.113.7"), line);
            assertFalse(line.contains("secret-name"), line);
        }
    }
}
