# Ajar's production image: gunicorn serving Django, static files through whitenoise.
FROM python:3.13-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

COPY pyproject.toml README.md ./
RUN pip install .

COPY . .

# collectstatic needs settings that load; these values are build-time only.
RUN DEBUG=false SECRET_KEY=build-only-not-a-secret-build-only-not-a-secret-xx \
    python manage.py collectstatic --noinput

RUN useradd --create-home --uid 1000 ajar && chown -R ajar /app
USER ajar

EXPOSE 8000
CMD ["gunicorn", "config.wsgi", "--config", "config/gunicorn.py"]
