/**
 * One chart on one canvas, with chart.js loaded on first use: the first data draws it, later data
 * updates it in place (after the first draw). `drawn` and `failed` are for the component's markup;
 * a failure is logged, so the page-error watch of the end-to-end tests sees it.
 */
export interface ChartModule<D, C extends { destroy(): void }> {
  draw(canvas: HTMLCanvasElement, data: D): Promise<C>;
  update(chart: C, data: D): void;
}

export class LazyChart<D, C extends { destroy(): void }> {
  drawn = $state(false);
  failed = $state(false);
  #chart: Promise<C> | undefined;

  constructor(
    readonly name: string,
    readonly load: () => Promise<ChartModule<D, C>>,
  ) {}

  /** `data` must be plain (a `$state.snapshot`): chart.js breaks on Svelte's reactive proxies. */
  show(canvas: HTMLCanvasElement, data: D) {
    const module = this.load();
    this.#chart = this.#chart
      ? Promise.all([this.#chart, module]).then(([chart, m]) => (m.update(chart, data), chart))
      : module.then((m) => m.draw(canvas, data));
    this.#chart.then(
      () => (this.drawn = true),
      (error) => {
        console.error(`[diapason] ${this.name} chart failed`, error);
        this.failed = true;
      },
    );
  }

  destroy() {
    void this.#chart?.then((chart) => chart.destroy()).catch(() => undefined);
  }
}
