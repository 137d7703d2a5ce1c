package io.plakar.legal.site;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import io.plakar.legal.http.Router;

/**
 * Whether the process has begun to shut down, so that the site answers 503 from that moment on
 * ({@code /health} and every other request, see {@link Router}): load balancers and orchestrators
 * stop sending requests, and retry elsewhere those that come, while the ones in flight complete.
 * <p>
 * A JVM shutdown hook, registered when the application starts: the JVM runs it as soon as the
 * process gets SIGTERM (or the server calls {@code System.exit}), beside the server's own hooks.
 * A {@code ServletContextListener} or a CDI observer of the application's end would hear of the
 * shutdown only once the server undeploys the site, too late for a load balancer to learn
 * anything from {@code /health}. On WildFly the server's own hook suspends the server at the same
 * moment (the request controller then answers 503 before the site sees a request); on Payara,
 * which has no suspension, this hook is what turns the site to 503.
 * <p>
 * The state is kept per application class loader, not in the bean: while the server takes the
 * application down, CDI contexts end before the last requests are answered, and those requests
 * must still see it (and get 503, not 200 from a new bean, nor 500 from an ended context).
 * <p>
 * The system property {@value #DRAINING} set to {@code true} while the server runs has the same
 * effect, without a shutdown: Payara's image sets it ({@code asadmin create-system-properties})
 * on SIGTERM before it closes its HTTP listener and stops, since Payara's own stop takes the site
 * down while its listener still accepts connections (docker/payara/entrypoint.sh). On WildFly,
 * {@code /system-property=legal.draining:add(value=true)} does the same.
 */
@ApplicationScoped
public class ShutdownSignal {

    /** The system property that drains the site while the server runs. */
    public static final String DRAINING = "legal.draining";

    private static final AtomicBoolean STOPPING = new AtomicBoolean();

    private Thread hook;

    @PostConstruct
    void register() {
        hook = new Thread(() -> STOPPING.set(true), "legal-notice-shutdown-signal");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException shutdownInProgress) {
            STOPPING.set(true);
            hook = null;
        }
    }

    /** Registers the hook when the application starts rather than on the first request. */
    void eager(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // the observer method alone makes the container create the bean
    }

    /** Undeployed without a shutdown (a redeploy): the hook must not keep the old application alive. */
    @PreDestroy
    void unregister() {
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shutdownInProgress) {
                // the hook has run or is running: nothing to remove
            }
        }
    }

    /** True from the moment the process began to shut down, or once {@value #DRAINING} is {@code true}. */
    public static boolean isStopping() {
        return STOPPING.get() || Boolean.getBoolean(DRAINING);
    }
}
