"""``gwlint serve``: the HTTP service for document workflows and the drafters' page.

* :mod:`.app` — the FastAPI application (``create_app(Settings)``), endpoints under ``/v1``;
* :mod:`.jobs` — what the worker processes run, through :mod:`gwlint.api`;
* :mod:`.body` — upload bodies read in memory within a size limit;
* ``static/`` — the page (plain HTML/CSS/JS, no external resources).

Needs the ``serve`` extra (``pip install 'gwlint[serve]'``); nothing here is
imported by the command line unless ``gwlint serve`` runs.
"""
