import Testing
import TerminalCore
import WorkbenchWidgets

@Suite struct ChartTests {
    @Test func sparklineScalesFromZeroToMaximum() {
        let spark = Sparkline([0, 1, 2, 3, 4, 5, 6, 7])
        #expect(spark.text(width: 8, levels: Glyphs.unicode.sparkLevels) == "▁▂▃▄▅▆▇█")
        #expect(spark.text(width: 3, levels: Glyphs.ascii.sparkLevels) == "*#@")
        #expect(Sparkline([5, .nan, 5]).text(width: 3, levels: Glyphs.unicode.sparkLevels) == "█ █")
        #expect(Sparkline([]).text(width: 4, levels: Glyphs.unicode.sparkLevels) == "")
    }

    @Test func sparklineIsRightAligned() {
        let canvas = rendered(6, 1) { canvas, rect in Sparkline([1, 2]).render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.plainText() == "    ▅█")
    }

    @Test func barChartDrawsLabelsBarsAndValues() {
        let chart = BarChart([
            BarChart.Bar("triad", value: 10),
            BarChart.Bar("sgemm", value: 5, valueText: "+5%"),
        ], showsIntervals: false)
        let canvas = rendered(22, 2) { canvas, rect in chart.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.plainText() == """
        triad ████████████  10
        sgemm ██████       +5%
        """)
    }

    @Test func barChartPartialBlocksAndWhiskers() {
        let chart = BarChart([BarChart.Bar("k", value: 5.5, interval: 3...9)], domain: 0...10)
        let canvas = rendered(14, 1) { canvas, rect in chart.render(into: &canvas, in: rect, theme: mono) }
        // 8 cells of bar area (0.8 per unit): 4 full cells and 3/8 for 5.5, whisker from 3 to 9.
        #expect(canvas.plainText() == "k ██├█▍──┤ 5.5")
    }

    @Test func barChartNegativeValuesGrowLeftOfZero() {
        let chart = BarChart([BarChart.Bar("a", value: -2), BarChart.Bar("b", value: 2)], showsIntervals: false)
        let canvas = rendered(12, 2) { canvas, rect in chart.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.plainText() == "a ████    -2\nb     ███  2")
    }

    @Test func barChartASCIIFallback() {
        let chart = BarChart([BarChart.Bar("k", value: 5.5, interval: 3...9)], domain: 0...10)
        let canvas = rendered(14, 1) { canvas, rect in chart.render(into: &canvas, in: rect, theme: mono.with(glyphs: .ascii)) }
        #expect(canvas.plainText() == "k ##|#---| 5.5")
    }

    @Test func untrustedLabelsAreMeasuredAsDrawn() {
        let chart = BarChart([BarChart.Bar("a\u{1B}b", value: 1, valueText: "\u{7}")], showsIntervals: false)
        let canvas = rendered(16, 1) { canvas, rect in chart.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.plainText() == "a\\eb ██████ \\u{…")
    }

    @Test func progressBarShowsFractionAndETA() {
        let bar = ProgressBar(label: "scan", fraction: 0.5, remainingSeconds: 65)
        let canvas = rendered(30, 1) { canvas, rect in bar.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.plainText() == "scan █████░░░░░░ 50% ETA 1m05s")
    }

    @Test func progressBarWithoutTotalSweeps() {
        let bar = ProgressBar(label: "", fraction: nil, phase: 2)
        let canvas = rendered(8, 1) { canvas, rect in bar.render(into: &canvas, in: rect, theme: mono.with(glyphs: .ascii)) }
        #expect(canvas.plainText() == "..###...")
    }

    @Test func etaAndDurations() {
        #expect(ProgressBar.estimateRemaining(fraction: 0.25, elapsedSeconds: 10) == 30)
        #expect(ProgressBar.estimateRemaining(fraction: 0, elapsedSeconds: 10) == nil)
        #expect(ProgressBar.formatDuration(45) == "45s")
        #expect(ProgressBar.formatDuration(185) == "3m05s")
        #expect(ProgressBar.formatDuration(7620) == "2h07m")
        #expect(ProgressBar.formatDuration(.infinity) == "?")
    }
}
