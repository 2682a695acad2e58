package dev.lingo.vm.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.json.Json;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PackingSettingsTest {

    @Test
    void readsLingoJsonAndKeepsDefaultsForWhatIsNotSaid() throws Exception {
        PackingSettings s = PackingSettings.fromConfig(Json.parse("{\"packing\": {\"maxItems\": 8, \"windowMillis\": 5}}"));
        assertEquals(new PackingSettings(true, 8, 400, Duration.ofMillis(5)), s);
        assertEquals(PackingSettings.DEFAULTS, PackingSettings.fromConfig(Json.parse("{\"model\": \"openai:gpt-4o-mini\"}")));
        assertFalse(PackingSettings.fromConfig(Json.parse("{\"packing\": {\"enabled\": false}}")).appliesTo("openai"));
    }

    @Test
    void onlyProvidersThatChargePerRequestArePacked() {
        assertTrue(PackingSettings.DEFAULTS.appliesTo("openai") && PackingSettings.DEFAULTS.appliesTo("anthropic")
                && PackingSettings.DEFAULTS.appliesTo("ollama"));
        assertFalse(PackingSettings.DEFAULTS.appliesTo("offline") || PackingSettings.DEFAULTS.appliesTo("local"));
        assertFalse(PackingSettings.DEFAULTS.withMaxItems(1).appliesTo("openai"), "a pack of one is no pack");
    }

    @Test
    void lingoPackingInTheEnvironmentSwitchesItOverLingoJson() {
        assertFalse(PackingSettings.DEFAULTS.withEnvironment(java.util.Map.of("LINGO_PACKING", "off")).enabled());
        assertTrue(PackingSettings.OFF.withEnvironment(java.util.Map.of("LINGO_PACKING", "on")).enabled());
        assertEquals(PackingSettings.DEFAULTS, PackingSettings.DEFAULTS.withEnvironment(java.util.Map.of()));
        assertThrows(IllegalArgumentException.class, () -> PackingSettings.DEFAULTS.withEnvironment(java.util.Map.of("LINGO_PACKING", "maybe")));
    }

    @Test
    void aMisspeltOrWrongSettingIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PackingSettings.fromConfig(Json.parse("{\"packing\": {\"maxItem\": 8}}")));
        assertTrue(e.getMessage().contains("unknown setting \"maxItem\""), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PackingSettings.fromConfig(Json.parse("{\"packing\": {\"enabled\": \"yes\"}}")));
        assertThrows(IllegalArgumentException.class, () -> PackingSettings.fromConfig(Json.parse("{\"packing\": {\"maxItems\": 0}}")));
    }
}
