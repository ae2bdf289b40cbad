package org.zongzhi.platform.calendar;

/** The three-colour warning (红黄蓝三色预警) of a step's deadline, plus "none yet". */
public enum WarningColour {
    NONE("正常"),
    BLUE("蓝色预警：临近时限"),
    YELLOW("黄色预警：即将超时"),
    RED("红色预警：已超时");

    private final String label;

    WarningColour(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
