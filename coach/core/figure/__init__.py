"""The figure that shows each step: a person drawn from the side, in pure Python.

`skeleton` holds the body (joint angles and the points they make), `scenes` the props
and poses of every scene, `motion` how the figure moves between them over time. The
painter is `coach.ui.figure`.
"""
