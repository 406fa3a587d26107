# Ajar's production image: gunicorn serving Django, static files through whitenoise.
# Everything installed comes from uv.lock: the exact versions and hashes `make test` ran.
FROM python:3.13-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    UV_PROJECT_ENVIRONMENT=/opt/venv \
    UV_PYTHON_DOWNLOADS=never \
    UV_NO_CACHE=1 \
    PATH=/opt/venv/bin:$PATH

WORKDIR /app

# The installer first (the uv release pinned in uv.lock, hash-checked), then the locked
# dependencies without the dev group; uv leaves the image once it is done.
COPY pyproject.toml uv.lock ./
COPY tools/lockfile.py tools/
RUN python tools/lockfile.py uv-requirement > /tmp/uv-requirement.txt \
    && pip install --no-deps --require-hashes --only-binary :all: -r /tmp/uv-requirement.txt \
    && uv sync --locked --no-dev \
    && pip uninstall --yes uv \
    && rm /tmp/uv-requirement.txt

COPY . .

# collectstatic and the catalogs need settings that load; these values are build-time only.
# The .mo files are not committed: Babel compiles them from the .po files (no gettext here).
RUN export DEBUG=false SITE_URL=https://build.invalid \
    SECRET_KEY=build-only-not-a-secret-build-only-not-a-secret-xx \
    && python manage.py compilemessages_py --force \
    && python manage.py collectstatic --noinput

RUN useradd --create-home --uid 1000 ajar && chown -R ajar /app
USER ajar

EXPOSE 8000
CMD ["gunicorn", "config.wsgi", "--config", "config/gunicorn.py"]
