# The dashboard, self-hosted: docker build -t report-figures . && docker run -p 8501:8501 report-figures
# Another folder of documents: docker run -p 8501:8501 -v /srv/reports:/reports -e REPORTS_DIR=/reports report-figures
# Editors' corrections kept across containers (README, Reviewing): -v /srv/review:/review -e CORRECTIONS_DB=/review/corrections.sqlite
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app.py pyproject.toml ./
COPY .streamlit ./.streamlit
COPY extract ./extract
COPY dashboard ./dashboard
COPY seeds ./seeds
ENV REPORTS_DIR=/app/seeds
EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health')"
CMD ["streamlit", "run", "app.py", "--server.address=0.0.0.0", "--server.port=8501", "--server.headless=true", "--browser.gatherUsageStats=false"]
