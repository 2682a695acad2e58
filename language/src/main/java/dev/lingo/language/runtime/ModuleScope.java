package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.lingo.vm.types.LingoType;

import java.util.LinkedHashMap;
import java.util.Map;

/** The top-level names and declared types of one module, in declaration order. */
public final class ModuleScope {

    private final String name;
    private final Map<String, GlobalCell> cells = new LinkedHashMap<>();
    private final Map<String, LingoType> types = new LinkedHashMap<>();

    public ModuleScope(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    @TruffleBoundary
    public synchronized GlobalCell lookup(String cellName) {
        return cells.get(cellName);
    }

    /**
     * The cell for {@code cellName}, created on first declaration. A redeclaration (in the REPL)
     * keeps the cell, so code compiled earlier sees the new value.
     */
    @TruffleBoundary
    public synchronized GlobalCell declare(String cellName, boolean mutable) {
        GlobalCell cell = cells.get(cellName);
        if (cell == null) {
            cell = new GlobalCell(cellName, mutable);
            cells.put(cellName, cell);
        } else {
            cell.setMutable(mutable);
        }
        return cell;
    }

    /** Makes {@code cell} (another module's) visible here under {@code alias}. */
    @TruffleBoundary
    public synchronized void bind(String alias, GlobalCell cell) {
        cells.put(alias, cell);
    }

    @TruffleBoundary
    public synchronized Map<String, GlobalCell> cells() {
        return new LinkedHashMap<>(cells);
    }

    @TruffleBoundary
    public synchronized void declareType(String typeName, LingoType type) {
        types.put(typeName, type);
    }

    @TruffleBoundary
    public synchronized LingoType type(String typeName) {
        return types.get(typeName);
    }

    @TruffleBoundary
    public synchronized Map<String, LingoType> types() {
        return new LinkedHashMap<>(types);
    }
}
