package org.framecheck.rules;

import java.util.function.Supplier;

/**
 * Runs Drools calls with the class loader that loaded Drools as the thread's context class loader.
 * Drools looks its services up through the context class loader, which on pool threads and inside
 * Maven plugins is a different one; without this, {@code newKieSession()} fails and poisons the
 * class for the whole JVM.
 */
final class DroolsClassLoader {

    private DroolsClassLoader() {
    }

    static <T> T call(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(DroolsClassLoader.class.getClassLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
