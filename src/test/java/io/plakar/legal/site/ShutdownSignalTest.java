package io.plakar.legal.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The system property {@code legal.draining} drains the site while the server runs (Payara's
 * image sets it on SIGTERM, before it closes its listener), and taking it away undoes it.
 */
class ShutdownSignalTest {

    @AfterEach
    void clear() {
        System.clearProperty(ShutdownSignal.DRAINING);
    }

    @Test
    void theDrainingPropertyTurnsTheSiteToStoppingAndBack() {
        assertFalse(ShutdownSignal.isStopping(), "no shutdown, no property");
        System.setProperty(ShutdownSignal.DRAINING, "true");
        assertTrue(ShutdownSignal.isStopping());
        System.setProperty(ShutdownSignal.DRAINING, "false");
        assertFalse(ShutdownSignal.isStopping());
        System.clearProperty(ShutdownSignal.DRAINING);
        assertFalse(ShutdownSignal.isStopping());
    }

    @Test
    void onlyTrueDrains() {
        System.setProperty(ShutdownSignal.DRAINING, "yes");
        assertFalse(ShutdownSignal.isStopping(), "Boolean.getBoolean: only \"true\" (any case) drains");
        System.setProperty(ShutdownSignal.DRAINING, "TRUE");
        assertTrue(ShutdownSignal.isStopping());
    }
}
