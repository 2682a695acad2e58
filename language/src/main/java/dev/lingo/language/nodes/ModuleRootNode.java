package dev.lingo.language.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import dev.lingo.language.LingoContext;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.Pending;

/**
 * The top-level statements of a module, REPL input or {@code eval}. Its value is the value of
 * the last statement when that is an expression, so embedders and the REPL see results.
 */
public final class ModuleRootNode extends RootNode {

    @Children private final LingoExpressionNode[] statements;
    private final SourceSection section;
    private final String name;

    public ModuleRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, LingoExpressionNode[] statements,
                    SourceSection section, String name) {
        super(language, descriptor);
        this.statements = statements;
        for (LingoExpressionNode statement : statements) {
            statement.markStatement();
        }
        this.section = section;
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        int running = 0;
        try {
            Object result = LingoNull.INSTANCE;
            for (; running < statements.length; running++) {
                result = statements[running].executeGeneric(frame);
            }
            result = result == null ? LingoNull.INSTANCE : Pending.forceDeep(result);
            ended(false);
            return result;
        } catch (StackOverflowError e) {
            throw stackOverflow();
        } catch (OutOfMemoryError e) {
            throw outOfMemory(running);
        } catch (AssertionError e) {
            LingoError memory = LingoError.outOfMemory(e, statementAt(running)); // or the bug goes on
            ended(false);
            throw memory;
        } catch (LingoError e) {
            ended(false);
            throw e;
        } catch (AbstractTruffleException stopped) {
            ended(true); // interrupted (Ctrl-C, Context.interrupt): the end of the run must not wait for calls
            throw stopped;
        }
    }

    @TruffleBoundary
    private void ended(boolean stopped) {
        LingoContext.get(this).models().evaluationEnded(stopped);
    }

    @TruffleBoundary
    private LingoError stackOverflow() {
        return LingoError.stackOverflow(statements.length > 0 ? statements[0] : null);
    }

    /** At the top-level statement that was running (or the value being forced after the last). */
    @TruffleBoundary
    private LingoError outOfMemory(int running) {
        ended(false);
        return LingoError.outOfMemory(statementAt(running));
    }

    private LingoExpressionNode statementAt(int running) {
        return statements.length == 0 ? null : statements[Math.min(running, statements.length - 1)];
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }
}
