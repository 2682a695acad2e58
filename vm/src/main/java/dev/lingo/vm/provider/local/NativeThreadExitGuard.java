package dev.lingo.vm.provider.local;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Lets the JVM end although llama.cpp left a thread behind. The engine's worker thread attaches
 * itself to the JVM as a non-daemon thread and never detaches, not even after the model is closed,
 * so a program that used a local model would hang when its main method returns. The guard notes
 * which threads appeared while a model loaded; a daemon watcher waits for every other non-daemon
 * thread to finish and then exits the JVM with the status the launcher would have used (1 when
 * {@code main} died of an uncaught exception, else 0). Shutdown hooks run as usual.
 */
final class NativeThreadExitGuard {

    private static final Set<Thread> stray = new HashSet<>();
    private static volatile boolean mainFailed;
    private static boolean watching;
    private static final long ATTACH_WAIT_NANOS = 2_000_000_000L;

    private NativeThreadExitGuard() {
    }

    /** Runs {@code load} and adopts the non-daemon threads it leaves behind. */
    static <T> T adoptThreadsOf(Callable<T> load) throws Exception {
        Set<Thread> before = nonDaemonThreads();
        T result = load.call();
        Set<Thread> left = nativeThreadsSince(before);
        synchronized (NativeThreadExitGuard.class) {
            stray.addAll(left);
            if (!left.isEmpty() && !watching) {
                watching = true;
                noteMainFailure();
                Thread watcher = new Thread(NativeThreadExitGuard::watch, "lingo-local-exit-guard");
                watcher.setDaemon(true);
                watcher.start();
            }
        }
        return result;
    }

    private static void watch() {
        try {
            while (true) {
                List<Thread> others = nonDaemonThreads().stream().filter(t -> !isStray(t) && !isJvmExit(t)).toList();
                if (others.isEmpty()) {
                    break;
                }
                for (Thread t : others) {
                    t.join();
                }
            }
        } catch (InterruptedException e) {
            return;
        }
        System.exit(mainFailed ? 1 : 0);
    }

    /** The launcher exits with 1 when main throws; remember that, since we exit in its place. */
    private static void noteMainFailure() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            if (t.getName().equals("main")) {
                mainFailed = true;
            }
            if (previous != null) {
                previous.uncaughtException(t, e);
            } else {
                System.err.print("Exception in thread \"" + t.getName() + "\" ");
                e.printStackTrace(System.err);
            }
        });
    }

    /**
     * The engine's thread attaches itself shortly after the load returns, so wait for it (briefly).
     * Only threads with no Java frames count: a thread started from Java always has some.
     */
    private static Set<Thread> nativeThreadsSince(Set<Thread> before) throws InterruptedException {
        long deadline = System.nanoTime() + ATTACH_WAIT_NANOS;
        while (true) {
            Set<Thread> found = new HashSet<>();
            Thread.getAllStackTraces().forEach((t, frames) -> {
                if (!t.isDaemon() && t.isAlive() && frames.length == 0 && !before.contains(t) && !isJvmExit(t)) {
                    found.add(t);
                }
            });
            if (!found.isEmpty() || System.nanoTime() > deadline) {
                return found;
            }
            Thread.sleep(5);
        }
    }

    private static synchronized boolean isStray(Thread t) {
        return stray.contains(t);
    }

    /** The thread that runs DestroyJavaVM after main returns waits for the others; it is not one of them. */
    private static boolean isJvmExit(Thread t) {
        return t.getName().equals("DestroyJavaVM");
    }

    private static Set<Thread> nonDaemonThreads() {
        Set<Thread> result = new HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!t.isDaemon() && t.isAlive()) {
                result.add(t);
            }
        }
        return result;
    }
}
