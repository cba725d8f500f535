# Draws a query result roughly as the report does: the first column on the x axis, the first text
# column after it (if any) as the series, the first numeric column as the values.
import matplotlib.pyplot as plt
import pandas as pd


def plot_figure(pdf, kind, title):
    if pdf.empty or kind == "table":
        return
    x = pdf.columns[0]
    numeric = [c for c in pdf.columns[1:] if pd.api.types.is_numeric_dtype(pdf[c])]
    if not numeric:
        return
    series = [c for c in pdf.columns[1:] if c not in numeric]
    y = numeric[0]
    if series:
        data = pdf.pivot_table(index=x, columns=series[0], values=y, aggfunc="sum")
    else:
        data = pdf.set_index(x)[[y]]
    if kind == "heatmap":
        fig, ax = plt.subplots(figsize=(9, 5))
        image = ax.imshow(data.T.values, aspect="auto", cmap="viridis")
        ax.set_xticks(range(len(data.index)))
        ax.set_xticklabels([str(v) for v in data.index], rotation=45, ha="right")
        ax.set_yticks(range(len(data.columns)))
        ax.set_yticklabels([str(v) for v in data.columns])
        fig.colorbar(image, ax=ax)
        ax.set_title(title)
    elif kind == "small_multiples":
        rows = (len(data.columns) + 2) // 3
        axes = data.plot(subplots=True, layout=(rows, 3), figsize=(12, 2.5 * rows), sharex=True, legend=False)
        for ax, name in zip(axes.flat, data.columns):
            ax.set_title(str(name), fontsize=9)
        plt.suptitle(title)
    elif kind == "stacked":
        data.plot(kind="bar", stacked=True, figsize=(9, 5), title=title)
    else:
        data.plot(figsize=(9, 5), title=title, marker="o")
    plt.tight_layout()
    plt.show()
