"""``plancheck plot INDICATOR FILE -o OUT`` and ``plancheck plot --overview FILE -o OUT``.

Needs the optional extra ``plancheck[plot]`` (matplotlib); without it the
command says how to install it and exits 2. The image is written atomically.
"""

from __future__ import annotations

from ..errors import UsageError


def add_arguments(p) -> None:
    p.usage = "plancheck plot [-h] (INDICATOR FILE | --overview FILE) -o OUT [--register TOML]"
    p.add_argument("indicator", nargs="?", metavar="INDICATOR",
                   help="indicator id, Chinese or English name, or alias (not with --overview)")
    p.add_argument("file", metavar="FILE", help="plan document or targets.toml register")
    p.add_argument("--overview", action="store_true",
                   help="plot the findings per chapter (or per 100-line block) instead")
    p.add_argument("--output", "-o", metavar="OUT", required=True,
                   help="image to write: .png, .svg or .pdf")
    p.add_argument("--register", metavar="TOML", help="resolve indicator names through this register")


def run(args) -> int:
    from ..api import expand_paths, load
    from ..plots import plot_indicator, plot_overview, save_figure

    if args.overview and args.indicator is not None:
        raise UsageError("--overview takes one FILE and no INDICATOR")
    if not args.overview and args.indicator is None:
        raise UsageError("give INDICATOR FILE, or --overview FILE")
    import sys
    import warnings

    from ..plots import font_hint

    expand_paths([args.file])
    hint = font_hint()
    if hint:
        print(f"plancheck: note: {hint}", file=sys.stderr)
    plan = load(args.file, register=args.register)
    report = plan.check()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # the font note was printed once, above
        if args.overview:
            fig = plot_overview(report, plan.text_lines)
        else:
            fig = plot_indicator(plan, args.indicator, report=report).figure
        save_figure(fig, args.output)
    return 0
