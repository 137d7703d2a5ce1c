package io.plakar.legal.web;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Whether the process has begun to shut down, so that {@code /health} answers 503 from that
 * moment on and load balancers and orchestrators stop sending requests while those in flight
 * complete.
 * <p>
 * A JVM shutdown hook, registered when the application starts: the JVM runs it as soon as the
 * process gets SIGTERM (or the server calls {@code System.exit}), beside the server's own hooks.
 * A {@code ServletContextListener} or a CDI observer of the application's end would hear of the
 * shutdown only once the server undeploys the site, after it stopped serving requests, which is
 * too late for a load balancer to learn anything from {@code /health}. On WildFly the server's
 * own hook suspends the server at the same moment (every request, {@code /health} included, then
 * gets 503 from the request controller while requests in flight complete); on Payara, which has
 * no suspension, this hook is what turns {@code /health} to 503.
 */
@ApplicationScoped
public class ShutdownSignal {

    private final AtomicBoolean stopping = new AtomicBoolean();
    private Thread hook;

    @PostConstruct
    void register() {
        hook = new Thread(() -> stopping.set(true), "legal-notice-shutdown-signal");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Registers the hook when the application starts rather than on the first health check. */
    void eager(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // the observer method alone makes the container create the bean
    }

    /** Undeployed without a shutdown (a redeploy): the hook must not keep the old application alive. */
    @PreDestroy
    void unregister() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownInProgress) {
            // the hook has run or is running: nothing to remove
        }
    }

    /** True from the moment the process began to shut down. */
    public boolean isStopping() {
        return stopping.get();
    }
}
